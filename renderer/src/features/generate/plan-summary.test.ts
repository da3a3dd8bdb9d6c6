import { describe, expect, it } from 'vitest';
import { planLine, planNotes, planSource } from './plan-summary';
import { hasKey, missingKeyHint, defaultModel, isDraftJobProvider } from './models';

describe('plan summary', () => {
  it('names which planner made a plan', () => {
    expect((['llm', 'llm-repaired', 'local', 'local-fallback'] as const).map((source) => planSource({ source }))).toEqual([
      { label: 'Planned by the LLM', isLlm: true },
      { label: 'Planned by the LLM, fixed up', isLlm: true },
      { label: 'Planned locally (rules, no LLM)', isLlm: false },
      { label: 'Planned locally: the LLM answer was unusable', isLlm: false },
    ]);
  });

  it('lists the reason first, then the adjustments', () => {
    expect(planNotes({ reason: 'no JSON in the reply', adjustments: ['clamped intensity of scene 2'] })).toEqual(['no JSON in the reply', 'clamped intensity of scene 2']);
    expect(planNotes({ adjustments: [] })).toEqual([]);
  });

  it('sums a plan up in one line', () => {
    const scene = { assetId: 'a'.repeat(64), viewType: 'front' as const, prompt: 'p', cameraMove: 'none' as const, intensity: 0, durationMs: 6000, overlayText: '', voiceoverScript: '' };
    const plan = { hook: 'h', cta: 'c', moodCategory: 'high-energy' as const, musicMood: '', platform: 'generic' as const, aspect: '9:16' as const, totalDurationMs: 12000, scenes: [scene, scene] };
    expect(planLine({ plan })).toBe('2 scenes · 12.0 s · High energy');
  });
});

describe('providers and keys', () => {
  it('needs a key only for paid providers, and says where to add one', () => {
    const keys = { replicate: true, runway: false };
    expect([hasKey(keys, 'draft'), hasKey(keys, 'replicate'), hasKey(keys, 'runway'), hasKey({}, 'replicate')]).toEqual([true, true, false, false]);
    expect(missingKeyHint(keys, 'runway')).toBe('No Runway key is set: add one in Settings to use it.');
    expect(missingKeyHint(keys, 'draft')).toBeNull();
  });

  it('starts paid providers on main’s default models and knows both names of draft motion', () => {
    expect([defaultModel('draft'), defaultModel('replicate'), defaultModel('runway')]).toEqual(['', 'kwaivgi/kling-v2.1', 'gen4_turbo']);
    expect(['local', 'draft', 'runway'].map(isDraftJobProvider)).toEqual([true, true, false]);
  });
});
