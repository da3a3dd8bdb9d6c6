import { describe, expect, it } from 'vitest';
import { MOOD_CATEGORIES } from '../../../../preload/contract/plan/scene-plan';
import { AppError } from '../../shared/app-error';
import { allocateDurations, sceneCount } from './durations';
import { moodStyle } from './moods';

describe('allocateDurations', () => {
  it('shares out by weight in tenths of a second, summing exactly', () => {
    const bounds = [{ min: 1000, max: 3000 }, { min: 1000, max: 5000 }, { min: 1000, max: 5000 }];
    expect(allocateDurations({ totalMs: 9000, bounds, weights: [1, 1, 1] })).toEqual([3000, 3000, 3000]);
    expect(allocateDurations({ totalMs: 10000, bounds, weights: [1, 1, 2] })).toEqual([2700, 2700, 4600]);
  });

  it('respects the bounds and uses whole milliseconds for odd totals', () => {
    const bounds = [{ min: 1000, max: 1500 }, { min: 1000, max: 5000 }];
    expect(allocateDurations({ totalMs: 6001, bounds, weights: [10, 1] })).toEqual([1500, 4501]);
  });

  it('refuses a total the bounds cannot hold', () => {
    expect(() => allocateDurations({ totalMs: 100, bounds: [{ min: 1000, max: 2000 }], weights: [1] })).toThrow(AppError);
  });
});

describe('sceneCount', () => {
  it('aims for the pacing target', () => {
    const sceneMs = { min: 2000, target: 3000, max: 4000 };
    expect([6000, 15000, 30000].map((totalMs) => sceneCount({ totalMs, sceneMs, firstMaxMs: 3000 }))).toEqual([2, 5, 10]);
  });

  it('finds a feasible split for every mood and every length from 5 s to 60 s', () => {
    for (const mood of MOOD_CATEGORIES) {
      const { sceneMs } = moodStyle(mood);
      for (let totalMs = 5000; totalMs <= 60000; totalMs += 37) {
        for (const firstMaxMs of [3000, 5000]) {
          const count = sceneCount({ totalMs, sceneMs, firstMaxMs });
          const bounds = Array.from({ length: count }, (_, i) => ({ min: sceneMs.min, max: i === 0 ? Math.min(firstMaxMs, sceneMs.max) : sceneMs.max }));
          const durations = allocateDurations({ totalMs, bounds, weights: bounds.map(() => 1) });
          expect(durations.reduce((a, b) => a + b, 0)).toBe(totalMs);
        }
      }
    }
  });
});
