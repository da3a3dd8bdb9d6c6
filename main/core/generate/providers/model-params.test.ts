import { describe, expect, it } from 'vitest';
import { checkPrompt, findModel, nearestRatio, resolveDuration } from './model-params';

describe('nearestRatio', () => {
  const gen4 = ['1280:720', '720:1280', '960:960', '832:1104', '1104:832', '1584:672'];
  it('maps each project aspect to the closest pixel ratio', () => {
    expect(['16:9', '9:16', '1:1', '4:5'].map((a) => nearestRatio(a as '16:9', gen4))).toEqual(['1280:720', '720:1280', '960:960', '832:1104']);
  });
  it('keeps list order on ties (1:1 on Veo picks the first landscape size)', () => {
    expect(nearestRatio('1:1', ['1280:720', '720:1280'])).toBe('1280:720');
  });
});

describe('resolveDuration', () => {
  it('snaps up to the next offered length, or down to the longest', () => {
    const cap = { model: 'm', durations: { values: [6, 10] } };
    expect([1, 6, 6.5, 12].map((d) => resolveDuration(cap, d))).toEqual([6, 6, 10, 10]);
  });
  it('walks integer ranges', () => {
    const cap = { model: 'm', durations: { min: 2, max: 10, step: 1 } };
    expect([1.2, 3.2, 5, 11].map((d) => resolveDuration(cap, d))).toEqual([2, 4, 5, 10]);
  });
  it('rejects nonsense lengths', () => {
    expect(() => resolveDuration({ model: 'm' }, 0)).toThrow(/positive/);
  });
});

describe('findModel and checkPrompt', () => {
  it('names the offered models when one is unknown', () => {
    const models = [{ provider: 'runway' as const, model: 'gen4_turbo', kind: 'image-to-video' as const }];
    expect(() => findModel(models, { model: 'gen3a_turbo', kind: 'image-to-video' })).toThrow('Model "gen3a_turbo" is not offered for image-to-video (offered: gen4_turbo).');
  });
  it('counts UTF-16 units', () => {
    expect(() => checkPrompt({ text: '😀'.repeat(501), required: false, max: 1000, model: 'gen4_turbo' })).toThrow('1002 characters');
    expect(() => checkPrompt({ text: ' ', required: true, max: 1000, model: 'gen4.5' })).toThrow('needs a prompt');
  });
});
