import { describe, expect, it } from 'vitest';
import { StderrTail, meaningfulStderrLines } from './stderr-tail';

describe('StderrTail', () => {
  it('keeps everything below the limit', () => {
    const tail = new StderrTail(10);
    tail.push('abc');
    tail.push('def');
    expect(tail.text()).toBe('abcdef');
  });

  it('keeps only the last maxChars characters', () => {
    const tail = new StderrTail(5);
    tail.push('abc');
    tail.push('defg');
    tail.push('hi');
    expect(tail.text()).toBe('efghi');
    tail.push('0123456789');
    expect(tail.text()).toBe('56789');
  });
});

describe('meaningfulStderrLines', () => {
  it('keeps error-level lines without context prefixes and level tags', () => {
    // Real stderr of ffmpeg 5.1 with -loglevel level+warning and an unknown filter.
    const stderr = [
      "[AVFilterGraph @ 0x559520789a80] [error] No such filter: 'foo'",
      '[error] Error reinitializing filters!',
      '[error] Failed to inject frame into filter network: Invalid argument',
      '[fatal] Error while processing the decoded data for stream #0:0',
      '',
    ].join('\n');
    expect(meaningfulStderrLines(stderr)).toEqual([
      "No such filter: 'foo'",
      'Error reinitializing filters!',
      'Failed to inject frame into filter network: Invalid argument',
      'Error while processing the decoded data for stream #0:0',
    ]);
  });

  it('prefers errors over later warnings and keeps the last max lines', () => {
    const stderr = '[warning] a\n[error] b\n[warning] c\n[error] d\n[error] e\n';
    expect(meaningfulStderrLines(stderr, 2)).toEqual(['d', 'e']);
  });

  it('falls back to the last non-empty lines when nothing is tagged, without repeats', () => {
    expect(meaningfulStderrLines('one\n\n[mp4 @ 0x1f] two\r\ntwo\n', 3)).toEqual(['one', 'two']);
  });
});
