import { describe, expect, it } from 'vitest';
import { lastStderrLine } from './run-tool';

describe('lastStderrLine', () => {
  it('returns the last non-empty line without the decoder address prefix', () => {
    expect(lastStderrLine('[mjpeg @ 0x55f916a1ab80] overread 8\n')).toBe('overread 8');
    expect(lastStderrLine('first\n\nError while decoding stream #0:0: Invalid data found when processing input\n  \n')).toBe(
      'Error while decoding stream #0:0: Invalid data found when processing input',
    );
    expect(lastStderrLine('')).toBe('');
  });
});
