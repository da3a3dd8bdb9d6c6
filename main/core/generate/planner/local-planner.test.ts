import { describe, expect, it } from 'vitest';
import { MOOD_CATEGORIES, ScenePlan, VIEW_TYPES } from '../../../../preload/contract/plan/scene-plan';
import type { MoodCategory } from '../../../../preload/contract/plan/scene-plan';
import { PLATFORMS } from '../../../../preload/contract/project/primitives';
import { AppError } from '../../shared/app-error';
import { VIEW_TYPES as ASSET_VIEW_TYPES } from '../../media/asset';
import { planLocal } from './local-planner';
import { moodStyle } from './moods';
import { maxVoiceoverWords, platformSpec } from './platforms';
import { MAX_VARIATIONS } from './resolve-request';
import { seededRandom } from './seeded-random';
import { BRIEF, ID, request } from './test-fixtures';

/** A slider value inside each category's range (seed 001). */
const MOOD_VALUE: Record<MoodCategory, number> = { 'surreal-trip': 10, 'intimate-story': 40, 'luxury-reveal': 60, 'high-energy': 90 };

const combos = MOOD_CATEGORIES.flatMap((mood) => PLATFORMS.flatMap((platform) => platformSpec(platform).aspects.map((aspect) => ({ mood, platform, aspect }))));

describe('planLocal for every mood and platform', () => {
  it.each(combos)('$mood on $platform ($aspect)', ({ mood, platform, aspect }) => {
    const req = request({ mood: MOOD_VALUE[mood], platform, aspect });
    const plan = planLocal({ request: req });
    const spec = platformSpec(platform);
    const style = moodStyle(mood);

    expect(ScenePlan.safeParse(plan).success).toBe(true);
    expect(plan.moodCategory).toBe(mood);
    expect(plan.platform).toBe(platform);
    expect(plan.aspect).toBe(aspect);
    expect(plan.totalDurationMs).toBe(spec.idealTotalMs);
    expect(plan.scenes.reduce((sum, s) => sum + s.durationMs, 0)).toBe(spec.idealTotalMs);
    expect(plan.scenes[0]?.durationMs).toBeLessThanOrEqual(spec.hookWithinMs);
    for (const scene of plan.scenes) {
      expect(Number.isInteger(scene.durationMs)).toBe(true);
      expect(scene.durationMs).toBeGreaterThanOrEqual(style.sceneMs.min);
      expect(scene.durationMs).toBeLessThanOrEqual(style.sceneMs.max);
      expect(scene.intensity).toBeGreaterThanOrEqual(style.intensity.min);
      expect(scene.intensity).toBeLessThanOrEqual(style.intensity.max);
      expect(style.moves).toContain(scene.cameraMove);
      expect(scene.overlayText.length).toBeLessThanOrEqual(spec.overlayMaxChars);
      expect(scene.voiceoverScript.split(' ').filter(Boolean).length).toBeLessThanOrEqual(maxVoiceoverWords(scene.durationMs));
    }
    expect(plan.hook.length).toBeLessThanOrEqual(spec.hookMaxChars);
    expect(plan.cta.length).toBeLessThanOrEqual(spec.ctaMaxChars);
    // Structure: hero opens with the hook, every photo is used, the CTA closes.
    expect(plan.scenes[0]?.assetId).toBe(ID.front);
    expect(plan.scenes[0]?.overlayText).toBe(plan.hook.length <= spec.overlayMaxChars ? plan.hook : plan.scenes[0]?.overlayText);
    expect(new Set(plan.scenes.map((s) => s.assetId))).toEqual(new Set([ID.front, ID.side, ID.detail, ID.lifestyle]));
    expect(plan.scenes.at(-1)?.voiceoverScript).toBe(`${plan.cta}.`);
    // Deterministic; variations differ.
    expect(planLocal({ request: req })).toEqual(plan);
    const all = Array.from({ length: MAX_VARIATIONS }, (_, variation) => planLocal({ request: req, variation }));
    const distinct = (values: unknown[]): number => new Set(values.map((v) => JSON.stringify(v))).size;
    expect(distinct(all.map((p) => p.hook))).toBe(MAX_VARIATIONS);
    expect(distinct(all.map((p) => p.scenes.map((s) => s.cameraMove)))).toBe(MAX_VARIATIONS);
    expect(distinct(all.map((p) => p.scenes.map((s) => s.durationMs)))).toBe(MAX_VARIATIONS);
  });
});

describe('planLocal over many generated requests', () => {
  it('always gives a valid plan that fills the length without back-to-back repeats', () => {
    const random = seededRandom(7);
    const briefs = [BRIEF, 'Meet the "Nimbus Pro" headphones. 40 hour battery and adaptive noise cancelling.', 'shoes', 'Our bag.'];
    let checked = 0;
    for (let n = 0; n < 150; n++) {
      const count = 1 + Math.floor(random() * 8);
      const images = Array.from({ length: count }, (_, i) => ({
        assetId: i.toString(16).padStart(2, '0').repeat(32),
        viewType: VIEW_TYPES[Math.floor(random() * VIEW_TYPES.length)] ?? 'front',
      }));
      const platform = PLATFORMS[n % PLATFORMS.length] ?? 'generic';
      const req = request({ images, brief: briefs[n % briefs.length], mood: (n * 7) % 101, platform });
      const plan = planLocal({ request: req, variation: n % MAX_VARIATIONS });
      expect(ScenePlan.safeParse(plan).success).toBe(true);
      expect(plan.totalDurationMs).toBe(platformSpec(platform).idealTotalMs);
      if (new Set(images.map((img) => img.assetId)).size > 1) {
        plan.scenes.forEach((scene, i) => expect(scene.assetId).not.toBe(plan.scenes[i - 1]?.assetId));
      }
      checked++;
    }
    expect(checked).toBe(150);
  });
});

describe('planLocal details', () => {
  it('plans a known request exactly (high energy, TikTok)', () => {
    const plan = planLocal({ request: request() });
    expect(plan.hook).toBe('Stop scrolling: meet Aurora ceramic mug');
    expect(plan.cta).toBe('Tap to shop now');
    expect(plan.scenes.map((s) => s.viewType)).toEqual(['front', 'side', 'detail', 'front', 'side', 'detail', 'lifestyle', 'front']);
    expect(plan.scenes.map((s) => s.cameraMove)).toEqual(['push-in', 'zoom-in', 'pan-right', 'pan-left', 'zoom-out', 'push-in', 'zoom-in', 'pan-right']);
    expect(plan.scenes.map((s) => s.overlayText)).toEqual([
      'Stop scrolling: meet Aurora',
      'Keeps coffee hot for hours',
      'Hand-glazed finish',
      'Perfect for slow mornings',
      'Clean lines',
      'Every detail counts',
      'Made for real life',
      'Tap to shop now',
    ]);
    expect(plan.scenes[0]?.prompt).toBe(
      'Hero shot of Aurora ceramic mug, front view, centred in frame, FPV drone fly-in, hard studio light with crisp specular highlights, ' +
        'high contrast, punchy saturated colours, fast kinetic energy, the product stays exactly as in the source image. ' +
        'Context: Aurora ceramic mug that keeps coffee hot for hours, with a hand-glazed finish.',
    );
    expect(plan.scenes.map((s) => s.durationMs)).toEqual([1700, 1800, 1800, 1800, 1800, 1800, 1900, 2400]);
    expect(plan.scenes.map((s) => s.intensity)).toEqual([0.96, 0.83, 0.92, 0.8, 0.77, 0.93, 0.83, 0.85]);
    expect(plan.scenes.map((s) => s.voiceoverScript)).toEqual([
      'Stop scrolling: meet Aurora.',
      'Keeps coffee hot.',
      'Hand-glazed finish.',
      'Perfect for slow mornings.',
      'Clean lines.',
      'Look closer: every detail.',
      'Made for real life.',
      'Tap to shop now.',
    ]);
    expect(plan.musicMood).toBe('driving electronic beat, 120-130 BPM, hard drops');
  });

  it('picks the opener by view priority and keeps lifestyle near the end with many images', () => {
    const images = [
      { assetId: ID.lifestyle, viewType: 'lifestyle' as const },
      { assetId: ID.back, viewType: 'back' as const },
      { assetId: ID.detail, viewType: 'detail' as const },
      { assetId: ID.top, viewType: 'top' as const },
      { assetId: ID.side, viewType: 'side' as const },
    ];
    const plan = planLocal({ request: request({ images, mood: 60, platform: 'instagram-feed' }) });
    expect(plan.scenes.map((s) => s.viewType)).toEqual(['side', 'top', 'detail', 'lifestyle']);
  });

  it('uses the given product name and never invents prices', () => {
    const plan = planLocal({ request: request({ brief: 'A lamp for reading at night. Warm light, no glare. Now only $29, 20% off!', productName: 'Lumo' }) });
    const text = JSON.stringify([plan.hook, plan.cta, plan.scenes.map((s) => [s.overlayText, s.voiceoverScript])]);
    expect(text).toContain('Lumo');
    expect(text).not.toMatch(/\$|%|\d/);
  });

  it('plans a single image and an explicit target length', () => {
    const plan = planLocal({ request: request({ images: [{ assetId: ID.detail, viewType: 'detail' }], mood: 30, platform: 'youtube', targetDurationMs: 9050 }) });
    expect(plan.totalDurationMs).toBe(9050);
    expect(plan.scenes.every((s) => s.assetId === ID.detail)).toBe(true);
    expect(plan.scenes.length).toBe(3);
  });

  it('rejects an aspect the platform does not use, duplicate images and lengths out of range', () => {
    const cases = [
      request({ platform: 'tiktok', aspect: '16:9' }),
      request({ images: [{ assetId: ID.front, viewType: 'front' }, { assetId: ID.front, viewType: 'side' }] }),
      request({ targetDurationMs: 90_000 }),
      { ...request(), brief: '   ' },
    ];
    const messages = cases.map((req) => {
      try {
        planLocal({ request: req });
        return 'no error';
      } catch (err) {
        expect(err).toBeInstanceOf(AppError);
        expect((err as AppError).code).toBe('BAD_INPUT');
        return (err as AppError).message;
      }
    });
    expect(messages).toEqual([
      'scene plan request: aspect 16:9 does not suit TikTok (use 9:16)',
      'scene plan request is invalid: images[1].assetId: the same image is listed twice',
      'scene plan request: targetDurationMs 90000 is outside 5000–60000 ms for TikTok',
      'scene plan request is invalid: brief: the brief must not be empty',
    ]);
  });

  it('the contract lists the same view types as the media library', () => {
    expect(VIEW_TYPES).toEqual(ASSET_VIEW_TYPES);
    expect(BRIEF.length).toBeGreaterThan(0);
  });
});
