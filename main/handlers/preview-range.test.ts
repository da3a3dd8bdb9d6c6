import { describe, expect, it } from 'vitest';
import { clampRange } from './preview-range';

describe('clampRange', () => {
  it('fills in the start and end of the project and clamps the end to it', () => {
    expect(clampRange({}, 3000)).toEqual({ startMs: 0, endMs: 3000 });
    expect(clampRange({ startMs: 500 }, 3000)).toEqual({ startMs: 500, endMs: 3000 });
    expect(clampRange({ endMs: 1200 }, 3000)).toEqual({ startMs: 0, endMs: 1200 });
    expect(clampRange({ startMs: 1000, endMs: 9000 }, 3000)).toEqual({ startMs: 1000, endMs: 3000 });
  });

  it('refuses a range that starts at or after the end', () => {
    expect(() => clampRange({ startMs: 3000 }, 3000)).toThrow('render.preview: startMs 3000 is at or past the end of the project (3000 ms)');
    expect(() => clampRange({ startMs: 4000, endMs: 5000 }, 3000)).toThrow(expect.objectContaining({ code: 'BAD_INPUT' }));
  });
});
