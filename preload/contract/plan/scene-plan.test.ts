import { describe, expect, it } from 'vitest';
import { ScenePlan, ScenePlanRequest } from './scene-plan';

const scene = (durationMs: number) => ({
  assetId: 'a'.repeat(64),
  viewType: 'front',
  prompt: 'Hero shot',
  cameraMove: 'zoom-in',
  intensity: 0.5,
  durationMs,
  overlayText: '',
  voiceoverScript: '',
});
const plan = { hook: 'Hi', cta: 'Shop now', moodCategory: 'luxury-reveal', musicMood: 'piano', platform: 'tiktok', aspect: '9:16', totalDurationMs: 5000, scenes: [scene(2000), scene(3000)] };

describe('ScenePlan', () => {
  it('accepts a plan whose total is the sum of its scenes', () => {
    expect(ScenePlan.safeParse(plan).success).toBe(true);
  });

  it('rejects a wrong total, fractional durations and out-of-range intensity', () => {
    const issues = (value: unknown): string[] => {
      const result = ScenePlan.safeParse(value);
      return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    };
    expect(issues({ ...plan, totalDurationMs: 5001 })).toEqual(['totalDurationMs: totalDurationMs must equal the sum of the scene durations']);
    expect(issues({ ...plan, scenes: [scene(2000.5), scene(3000)] })).toEqual(['scenes.0.durationMs: must be a whole number of milliseconds']);
    expect(issues({ ...plan, scenes: [{ ...scene(2000), intensity: 1.2 }, scene(3000)] })).toEqual(['scenes.0.intensity: Too big: expected number to be <=1']);
  });
});

describe('ScenePlanRequest', () => {
  const base = { images: [{ assetId: 'a'.repeat(64), viewType: 'front' }], brief: 'A mug', mood: 50, platform: 'tiktok' };

  it('accepts a minimal request', () => {
    expect(ScenePlanRequest.safeParse(base).success).toBe(true);
  });

  const paths = (value: unknown): string[] => {
    const result = ScenePlanRequest.safeParse(value);
    return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
  };

  it('rejects an unknown view and a mood out of range', () => {
    expect(paths({ ...base, mood: 120, images: [{ assetId: 'b'.repeat(64), viewType: 'inside' }] })).toEqual(['images.0.viewType', 'mood']);
  });

  it('rejects the same image listed twice', () => {
    expect(paths({ ...base, images: [...base.images, { assetId: 'a'.repeat(64), viewType: 'side' }] })).toEqual(['images.1.assetId']);
  });
});
