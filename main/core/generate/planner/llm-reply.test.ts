import { describe, expect, it } from 'vitest';
import { checkLlmReply } from './llm-reply';
import { resolveRequest } from './resolve-request';
import { goodReply, ID, request } from './test-fixtures';

const resolved = resolveRequest(request());
type Scene = Record<string, unknown>;
const withScenes = (edit: (scenes: Scene[]) => void): string => {
  const reply = goodReply();
  edit(reply.scenes as Scene[]);
  return JSON.stringify(reply);
};

describe('checkLlmReply', () => {
  it('accepts a good reply as it is and fills in what the request decides', () => {
    const result = checkLlmReply(JSON.stringify(goodReply()), resolved);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.adjustments).toEqual([]);
    expect(result.plan).toMatchObject({ hook: 'Coffee that waits for you', cta: 'Tap to shop now', moodCategory: 'high-energy', platform: 'tiktok', aspect: '9:16', totalDurationMs: 15000 });
    expect(result.plan.scenes.map((s) => [s.assetId, s.cameraMove, s.intensity, s.durationMs])).toEqual([
      [ID.front, 'zoom-in', 0.9, 3000],
      [ID.side, 'pan-right', 0.8, 4000],
      [ID.detail, 'push-in', 0.75, 4000],
      [ID.lifestyle, 'zoom-out', 0.7, 4000],
    ]);
    // A scene without a negative prompt gets the mood's.
    expect(result.plan.scenes[1]?.negativePrompt).toContain('warped logo');
  });

  it('fixes harmless problems and says what it fixed', () => {
    const reply = withScenes((scenes) => {
      Object.assign(scenes[0] as Scene, { intensity: 1.7, durationMs: 2999.6, cameraMove: 'slow dolly in', viewType: 'lifestyle', extra: true });
      Object.assign(scenes[1] as Scene, { intensity: '0.2', durationMs: '4000.4', overlayText: 'A very long overlay text that no phone viewer can read' });
    });
    const result = checkLlmReply(reply, resolved);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.adjustments).toEqual([
      'durationMs rounded to whole milliseconds',
      "intensity of scenes[0], scenes[1] clamped into the mood's range 0.7–1",
      "viewType of scenes[0] set to the image's own view type",
      'overlayText of scenes[1] shortened to 32 characters',
    ]);
    expect(result.plan.scenes.slice(0, 2).map((s) => [s.viewType, s.cameraMove, s.intensity, s.durationMs, s.overlayText])).toEqual([
      ['front', 'push-in', 1, 3000, 'Coffee that waits'],
      ['side', 'pan-right', 0.7, 4000, 'A very long overlay text that no'],
    ]);
  });

  it('scales durations that do not add up to the platform length, keeping proportions', () => {
    const reply = withScenes((scenes) => scenes.forEach((s, i) => Object.assign(s, { durationMs: [2000, 4000, 4000, 2000][i] })));
    const result = checkLlmReply(reply, resolved);
    expect(result.ok && result.plan.scenes.map((s) => s.durationMs)).toEqual([2500, 5000, 5000, 2500]);
    expect(result.ok && result.adjustments).toEqual(['scene durations summed to 12000 ms and were scaled to the 15000 ms the plan needs']);
  });

  it('shortens a long hook and CTA', () => {
    const reply = { ...goodReply(), hook: 'This is a hook that goes on far too long for TikTok', cta: 'Tap the link below to shop the whole collection now' };
    const result = checkLlmReply(JSON.stringify(reply), resolved);
    expect(result.ok && [result.plan.hook, result.plan.cta]).toEqual(['This is a hook that goes on far too long', 'Tap the link below']);
  });

  it('lists what cannot be fixed', () => {
    const reply = withScenes((scenes) => {
      Object.assign(scenes[0] as Scene, { assetId: 'img-1' });
      Object.assign(scenes[2] as Scene, { prompt: '', cameraMove: 'barrel roll', durationMs: -5 });
    });
    expect(checkLlmReply(reply, resolved)).toEqual({
      ok: false,
      errors: [
        'scenes[2].prompt: must be a non-empty prompt',
        'scenes[2].cameraMove: Invalid option: expected one of "none"|"zoom-in"|"zoom-out"|"pan-left"|"pan-right"|"pan-up"|"pan-down"|"push-in"',
        'scenes[2].durationMs: must be a positive number of milliseconds',
      ],
    });
    const unknownImage = withScenes((scenes) => Object.assign(scenes[0] as Scene, { assetId: 'img-1' }));
    const result = checkLlmReply(unknownImage, resolved);
    expect(result.ok ? [] : result.errors[0]).toMatch(/^scenes\[0\]\.assetId: "img-1" is not one of the images \(c{64}, d{64}, a{64}, b{64}\)$/);
  });

  it('reports missing fields and a reply with no JSON', () => {
    expect(checkLlmReply('{"scenes": []}', resolved)).toEqual({
      ok: false,
      errors: ['hook: is required (string)', 'cta: is required (string)', 'scenes: must hold at least one scene'],
    });
    expect(checkLlmReply('no idea', resolved)).toEqual({ ok: false, errors: ['the reply contains no JSON object'] });
  });
});
