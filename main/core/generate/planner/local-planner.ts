import { ScenePlan } from '../../../../preload/contract/plan/scene-plan';
import type { PlanImage, PlannedScene } from '../../../../preload/contract/plan/scene-plan';
import { asSentence, ctaLine, hookLine, viewOverlay, viewVoiceover } from './ad-copy';
import { briefGist, extractBenefits, extractProductName, fitText, limitWords } from './brief-text';
import { allocateDurations, sceneCount } from './durations';
import { maxVoiceoverWords } from './platforms';
import { resolveRequest } from './resolve-request';
import type { ResolvedRequest } from './resolve-request';
import { scenePrompt } from './scene-prompt';
import { sceneSequence } from './scene-order';
import { hashText, rotate, seededRandom } from './seeded-random';

interface SceneCopy {
  overlayText: string;
  voiceoverScript: string;
}

/** Hook on the opener, CTA on the closer, the brief's selling points (or view lines) between. */
function sceneCopy({ seq, hook, cta, benefits }: { seq: readonly PlanImage[]; hook: string; cta: string; benefits: readonly string[] }): SceneCopy[] {
  const usedViews = new Set<string>();
  let nextBenefit = 0;
  return seq.map((img, i) => {
    if (seq.length === 1) return { overlayText: hook, voiceoverScript: `${asSentence(hook)} ${asSentence(cta)}` };
    if (i === 0) return { overlayText: hook, voiceoverScript: asSentence(hook) };
    if (i === seq.length - 1) return { overlayText: cta, voiceoverScript: asSentence(cta) };
    const benefit = benefits[nextBenefit];
    if (benefit !== undefined) {
      nextBenefit++;
      return { overlayText: benefit, voiceoverScript: asSentence(benefit) };
    }
    // Saying the same view line twice sounds like a loop; a quiet scene is better.
    if (usedViews.has(img.viewType)) return { overlayText: '', voiceoverScript: '' };
    usedViews.add(img.viewType);
    return { overlayText: viewOverlay(img.viewType), voiceoverScript: viewVoiceover(img.viewType) };
  });
}

/** Shapes of the middle of the ad, one per variation, so variations differ in rhythm, not only by chance. */
const PACING: readonly ((t: number, k: number) => number)[] = [
  () => 1, // steady
  (t) => 1.5 - t, // starts lingering, then speeds up
  (t) => 0.5 + t, // builds towards the end
  (_, k) => (k % 2 === 0 ? 1.4 : 0.6), // pulse
  (t) => (Math.abs(t - 0.5) < 0.25 ? 1.8 : 0.7), // a featured middle
];

/** A snappy opener, time to read the CTA at the end (longer each variation), the variation's rhythm in between. */
function pacingWeights({ count, variation, random }: { count: number; variation: number; random: () => number }): number[] {
  const shape = PACING[variation % PACING.length] ?? (() => 1);
  return Array.from({ length: count }, (_, i) => {
    if (i === 0) return 0.8;
    if (i === count - 1) return 1.1 + 0.15 * (variation % PACING.length);
    const t = count <= 3 ? 0.5 : (i - 1) / (count - 3);
    return shape(t, i - 1) * (0.9 + 0.2 * random());
  });
}

/** The offline plan for a checked request. Same request and variation, same plan. */
export function buildLocalPlan(resolved: ResolvedRequest, variation: number): ScenePlan {
  const { request, style, spec, totalMs } = resolved;
  const random = seededRandom(hashText(`${variation}|${JSON.stringify(request)}`));
  const count = sceneCount({ totalMs, sceneMs: style.sceneMs, firstMaxMs: spec.hookWithinMs });
  const seq = sceneSequence({ images: resolved.images, count, variation });
  const moves = rotate(style.moves, variation);

  const bounds = seq.map((_, i) => ({ min: style.sceneMs.min, max: i === 0 ? Math.min(style.sceneMs.max, spec.hookWithinMs) : style.sceneMs.max }));
  const weights = pacingWeights({ count: seq.length, variation, random });
  const durations = allocateDurations({ totalMs, bounds, weights });

  const name = extractProductName(resolved.brief, request.productName);
  const hook = hookLine({ mood: style.category, name, variation, maxChars: spec.hookMaxChars });
  const cta = ctaLine({ platform: spec.platform, name, variation, maxChars: spec.ctaMaxChars });
  const benefits = rotate(extractBenefits(resolved.brief, name), variation);
  const copy = sceneCopy({ seq, hook, cta, benefits });
  const gist = briefGist(resolved.brief);

  const { min, max } = style.intensity;
  const scenes: PlannedScene[] = seq.map((img, i) => {
    const move = moves[i % moves.length] ?? 'none';
    const level = i === 0 ? 0.85 : i === seq.length - 1 ? 0.5 : 0.2 + 0.6 * random();
    const durationMs = durations[i] ?? style.sceneMs.target;
    const text = copy[i] ?? { overlayText: '', voiceoverScript: '' };
    return {
      assetId: img.assetId,
      viewType: img.viewType,
      prompt: scenePrompt({ view: img.viewType, move, style, productName: name, gist }),
      negativePrompt: style.negativePrompt,
      cameraMove: move,
      intensity: Math.min(max, Math.max(min, Math.round((min + (max - min) * level) * 100) / 100)),
      durationMs,
      overlayText: fitText(text.overlayText, spec.overlayMaxChars),
      voiceoverScript: text.voiceoverScript === '' ? '' : limitWords(text.voiceoverScript, maxVoiceoverWords(durationMs)),
    };
  });

  // Parsing is a guard against a bug here reaching the editor as an invalid plan.
  return ScenePlan.parse({
    hook,
    cta,
    moodCategory: style.category,
    musicMood: style.musicMood,
    platform: spec.platform,
    aspect: resolved.aspect,
    totalDurationMs: durations.reduce((a, b) => a + b, 0),
    scenes,
  });
}

/** Validates the request (AppError BAD_INPUT) and plans one variation offline. */
export function planLocal({ request, variation = 0 }: { request: unknown; variation?: number }): ScenePlan {
  return buildLocalPlan(resolveRequest(request), variation);
}
