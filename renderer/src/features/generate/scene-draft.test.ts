import { describe, expect, it } from 'vitest';
import type { ScenePlan } from '../../../../preload/contract/plan/scene-plan';
import { defaultPrompt, generateRequests, quickScenes, scenesFromPlan, secondsToMs, toSceneInput, type SceneDraft } from './scene-draft';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const C = 'c'.repeat(64);

const scene = (assetId: string, change: Partial<SceneDraft> = {}): SceneDraft => ({ ...quickScenes([{ id: assetId, viewType: null }])[0] as SceneDraft, ...change });

describe('quickScenes', () => {
  it('makes one 3 s draft per image with main’s draft-motion defaults', () => {
    expect(quickScenes([{ id: A, viewType: 'side' }])).toEqual([
      { key: `quick-${A}`, assetId: A, viewType: 'side', prompt: '', negativePrompt: '', cameraMove: 'zoom-in', intensity: 0.5, durationMs: 3000, provider: 'draft', model: '' },
    ]);
  });

  it('becomes the minimal draft request the quick path sends', () => {
    expect(quickScenes([{ id: A, viewType: null }]).map(toSceneInput)).toEqual([{ assetId: A, durationMs: 3000, cameraMove: 'zoom-in', intensity: 0.5 }]);
  });
});

describe('scenesFromPlan', () => {
  it('turns planned scenes into editable drafts on free draft motion', () => {
    const plan: ScenePlan = {
      hook: 'Quiet power', cta: 'Shop now', moodCategory: 'luxury-reveal', musicMood: 'warm', platform: 'tiktok', aspect: '9:16', totalDurationMs: 4500,
      scenes: [
        { assetId: A, viewType: 'front', prompt: 'Fan, dolly in', negativePrompt: 'blurry', cameraMove: 'push-in', intensity: 0.4, durationMs: 2500, overlayText: '', voiceoverScript: '' },
        { assetId: B, viewType: 'detail', prompt: 'Grille close-up', cameraMove: 'pan-left', intensity: 0.3, durationMs: 2000, overlayText: 'Silent', voiceoverScript: '' },
      ],
    };
    expect(scenesFromPlan(plan, 1)).toEqual([
      { key: 'plan-1-0', assetId: A, viewType: 'front', prompt: 'Fan, dolly in', negativePrompt: 'blurry', cameraMove: 'push-in', intensity: 0.4, durationMs: 2500, provider: 'draft', model: '' },
      { key: 'plan-1-1', assetId: B, viewType: 'detail', prompt: 'Grille close-up', negativePrompt: '', cameraMove: 'pan-left', intensity: 0.3, durationMs: 2000, provider: 'draft', model: '' },
    ]);
  });
});

describe('secondsToMs', () => {
  it('reads seconds (comma or dot) as whole milliseconds inside 0.5–60 s', () => {
    expect(['2.5', '3,25', ' 4 ', '0.1', '90', '1.0004'].map(secondsToMs)).toEqual([2500, 3250, 4000, 500, 60000, 1000]);
  });

  it('gives null for text that is not a number', () => {
    expect(['', 'abc', '  '].map(secondsToMs)).toEqual([null, null, null]);
  });
});

describe('toSceneInput', () => {
  it('trims the texts, leaves empty ones out and keeps numbers in range', () => {
    expect(toSceneInput(scene(A, { prompt: '  Slow orbit  ', negativePrompt: '   ', intensity: 1.4, durationMs: 2400.6 }))).toEqual({
      assetId: A, durationMs: 2401, prompt: 'Slow orbit', cameraMove: 'zoom-in', intensity: 1,
    });
  });

  it('gives a paid model a generic prompt when the scene has none', () => {
    expect(toSceneInput(scene(A, { provider: 'runway', viewType: 'detail', cameraMove: 'pan-up' })).prompt).toBe(
      'Cinematic product detail shot, smooth tilt up, soft studio light, sharp detail, product stays unchanged',
    );
    expect(defaultPrompt(null, 'none')).toBe('Cinematic product shot, steady locked-off shot, soft studio light, sharp detail, product stays unchanged');
  });
});

describe('generateRequests', () => {
  it('groups scenes by provider and model in order of first use, remembering their places', () => {
    const scenes = [
      scene(A),
      scene(B, { provider: 'replicate', model: 'minimax/hailuo-02', prompt: 'p' }),
      scene(C),
      scene(A, { provider: 'replicate', model: '  ', prompt: 'q' }),
      scene(B, { provider: 'replicate', model: 'minimax/hailuo-02', prompt: 'r' }),
    ];
    const requests = generateRequests('p1', scenes);
    expect(requests.map((r) => [r.input.provider, r.input.model, r.input.scenes.map((s) => s.assetId), r.sceneIndexes])).toEqual([
      ['draft', undefined, [A, C], [0, 2]],
      ['replicate', 'minimax/hailuo-02', [B, B], [1, 4]],
      ['replicate', 'kwaivgi/kling-v2.1', [A], [3]],
    ]);
    expect(requests[0]?.input).toEqual({ projectId: 'p1', provider: 'draft', scenes: [toSceneInput(scenes[0] as SceneDraft), toSceneInput(scenes[2] as SceneDraft)] });
  });

  it('splits a group past 30 scenes, the most one request takes', () => {
    const many = Array.from({ length: 31 }, () => scene(A));
    expect(generateRequests('p1', many).map((r) => [r.input.scenes.length, r.sceneIndexes[0]])).toEqual([
      [30, 0],
      [1, 30],
    ]);
  });

  it('makes nothing from no scenes', () => {
    expect(generateRequests('p1', [])).toEqual([]);
  });
});
