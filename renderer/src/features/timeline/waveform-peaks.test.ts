import { describe, expect, it } from 'vitest';
import { loopStarts, peakColumns, peakGain, type Peak } from './waveform-peaks';

/** Ten 100 ms buckets over a 1 s file; bucket i swings ±i/16 (exact in a Float32Array). */
const peaks: Peak[] = Array.from({ length: 10 }, (_, i) => [-i / 16, i / 16] as const);
const columns = (input: Partial<Parameters<typeof peakColumns>[0]>): number[] =>
  Array.from(peakColumns({ peaks, sourceMs: 1000, inMs: 0, outMs: 1000, itemMs: 1000, columns: 4, loop: false, ...input })).map((v) => v * 16 + 0); // + 0 turns -0 into 0

describe('peakColumns', () => {
  it('shows the trimmed range only', () => {
    expect(columns({ inMs: 200, outMs: 600, itemMs: 400, columns: 4 })).toEqual([-2, 2, -3, 3, -4, 4, -5, 5]);
  });

  it('takes the extremes of every bucket a column covers when zoomed out', () => {
    expect(columns({ columns: 2 })).toEqual([-4, 4, -9, 9]);
  });

  it('repeats a bucket over several columns when zoomed in', () => {
    expect(columns({ itemMs: 1000, columns: 20 }).slice(0, 8)).toEqual([0, 0, 0, 0, -1, 1, -1, 1]);
  });

  it('repeats the trimmed range when looping', () => {
    expect(columns({ inMs: 200, outMs: 400, itemMs: 600, columns: 6, loop: true })).toEqual([-2, 2, -3, 3, -2, 2, -3, 3, -2, 2, -3, 3]);
  });

  it('is silent past the end of a sound that does not loop', () => {
    expect(columns({ inMs: 200, outMs: 400, itemMs: 400, columns: 4 })).toEqual([-2, 2, -3, 3, 0, 0, 0, 0]);
  });

  it('is flat without peaks or with an empty range', () => {
    expect(columns({ peaks: [] })).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(columns({ inMs: 500, outMs: 500 })).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('loopStarts', () => {
  it('marks every restart inside the item', () => {
    expect(loopStarts({ segmentMs: 4000, itemMs: 10_000 })).toEqual([4000, 8000]);
    expect(loopStarts({ segmentMs: 5000, itemMs: 10_000 })).toEqual([5000]);
    expect(loopStarts({ segmentMs: 0, itemMs: 10_000 })).toEqual([]);
    expect(loopStarts({ segmentMs: 1, itemMs: 10_000 })).toHaveLength(500);
  });
});

describe('peakGain', () => {
  it('lifts the loudest peak to 0.95, at most 4×, never lowering a loud file', () => {
    expect(peakGain([[-0.25, 0.19], [-0.1, 0.1]])).toBe(3.8);
    expect(peakGain([[-0.01, 0.02]])).toBe(4);
    expect(peakGain([[-1, 0.5]])).toBe(1);
    expect(peakGain([[0, 0]])).toBe(1);
    expect(peakGain([])).toBe(1);
  });
});
