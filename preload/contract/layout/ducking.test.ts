import { describe, expect, it } from 'vitest';
import { duckEnvelope, mergeDuckRanges } from './ducking';

describe('mergeDuckRanges', () => {
  it('sorts and merges ranges closer than attack + release (700 ms)', () => {
    expect(mergeDuckRanges([{ startMs: 3000, endMs: 4000 }, { startMs: 0, endMs: 1000 }, { startMs: 1600, endMs: 2000 }])).toEqual([
      { startMs: 0, endMs: 2000 },
      { startMs: 3000, endMs: 4000 },
    ]);
  });

  it('does not change the ranges it was given', () => {
    const ranges = [{ startMs: 0, endMs: 1000 }, { startMs: 1100, endMs: 1500 }];
    mergeDuckRanges(ranges);
    expect(ranges[0]).toEqual({ startMs: 0, endMs: 1000 });
  });
});

describe('duckEnvelope', () => {
  const ranges = [{ startMs: 1000, endMs: 2000 }];
  const at = (ms: number): number => duckEnvelope({ ranges, gain: 0.25, ms });

  it('is 1 away from a voice and the gain during it', () => {
    expect(at(0)).toBe(1);
    expect(at(1500)).toBe(0.25);
    expect(at(3000)).toBe(1);
  });

  it('ramps down over 200 ms before and up over 500 ms after', () => {
    expect(at(900)).toBe(0.625);
    expect(at(2250)).toBe(0.625);
  });
});
