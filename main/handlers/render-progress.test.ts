import { describe, expect, it } from 'vitest';
import { overallProgress } from './render-progress';

describe('overallProgress', () => {
  it('passes a single variant through, with FFmpeg’s own estimate', () => {
    expect(overallProgress({ index: 0, count: 1, percent: 42.5, etaMs: 1234.4, elapsedMs: 900 })).toEqual({ fraction: 0.425, etaMs: 1234 });
    expect(overallProgress({ index: 0, count: 1, percent: 0, etaMs: null, elapsedMs: 0 })).toEqual({ fraction: 0, etaMs: null });
  });

  it('counts variants equally and estimates the ones to come at the pace so far', () => {
    // Half of the first of two variants took 1 s: 1 s left of it, 2 s for the second.
    expect(overallProgress({ index: 0, count: 2, percent: 50, etaMs: null, elapsedMs: 1000 })).toEqual({ fraction: 0.25, etaMs: 3000 });
    // The second of three at 25 % after 2.5 s (1.25 variants): 2 s per variant.
    expect(overallProgress({ index: 1, count: 3, percent: 25, etaMs: 1400, elapsedMs: 2500 })).toEqual({ fraction: 0.4167, etaMs: 3400 });
    expect(overallProgress({ index: 0, count: 3, percent: 0, etaMs: null, elapsedMs: 10 })).toEqual({ fraction: 0, etaMs: null });
  });

  it('clamps what FFmpeg reports to 0..1 overall', () => {
    expect(overallProgress({ index: 1, count: 2, percent: 130, etaMs: -5, elapsedMs: 100 })).toEqual({ fraction: 1, etaMs: 0 });
    expect(overallProgress({ index: 0, count: 1, percent: -3, etaMs: null, elapsedMs: 100 })).toEqual({ fraction: 0, etaMs: null });
  });
});
