import { z } from 'zod';
import { CameraMove } from '../../../../preload/contract/project/primitives';
import { ScenePlan } from '../../../../preload/contract/plan/scene-plan';
import type { PlannedScene } from '../../../../preload/contract/plan/scene-plan';
import { readableIssues } from '../../project/format-zod-issues';
import { fitText } from './brief-text';
import { normaliseCameraMove } from './camera-move-names';
import { extractJsonObject } from './json-extract';
import { rescaleDurations } from './rescale-durations';
import type { ResolvedRequest } from './resolve-request';

/**
 * What the model must send. Looser than the contract on purpose: numbers as strings, film
 * names for moves, extra keys, out-of-range values are fixed afterwards and reported as
 * adjustments; only what cannot be fixed (missing text, unknown image, no scenes) fails.
 */
const LlmScene = z.object({
  assetId: z.string(),
  viewType: z.string().optional(),
  prompt: z.string().trim().min(1, 'must be a non-empty prompt'),
  negativePrompt: z.string().nullish(),
  cameraMove: z.preprocess(normaliseCameraMove, CameraMove),
  intensity: z.coerce.number(),
  durationMs: z.coerce.number().positive('must be a positive number of milliseconds'),
  overlayText: z.string().nullish(),
  voiceoverScript: z.string().nullish(),
});
const LlmReply = z.object({
  hook: z.string().trim().min(1, 'must be a non-empty hook'),
  cta: z.string().trim().min(1, 'must be a non-empty call to action'),
  scenes: z.array(LlmScene).min(1, 'must hold at least one scene'),
});
type LlmScene = z.infer<typeof LlmScene>;

export type ReplyCheck = { ok: true; plan: ScenePlan; adjustments: string[] } | { ok: false; errors: string[] };

/** The shortest scene a plan may ask for; shorter ones cannot carry a camera move. */
const MIN_SCENE_MS = 500;

function list(indices: readonly number[]): string {
  return indices.map((i) => `scenes[${i}]`).join(', ');
}

function unknownImages(scenes: readonly LlmScene[], resolved: ResolvedRequest): string[] {
  const known = new Set(resolved.images.map((img) => img.assetId));
  const ids = resolved.images.map((img) => img.assetId).join(', ');
  return scenes.flatMap((s, i) => (known.has(s.assetId) ? [] : [`scenes[${i}].assetId: "${s.assetId}" is not one of the images (${ids})`]));
}

function normalise(reply: z.infer<typeof LlmReply>, resolved: ResolvedRequest): { plan: unknown; adjustments: string[] } {
  const { style, spec, totalMs } = resolved;
  const adjustments: string[] = [];
  const clamped: number[] = [];
  const retyped: number[] = [];
  const shortened: number[] = [];
  const { durations, note } = rescaleDurations({ durations: reply.scenes.map((s) => s.durationMs), totalMs, minMs: MIN_SCENE_MS });
  if (note !== null) adjustments.push(note);
  const scenes: PlannedScene[] = reply.scenes.map((s, i) => {
    const viewType = resolved.images.find((img) => img.assetId === s.assetId)?.viewType ?? 'front';
    if (s.viewType !== undefined && s.viewType !== viewType) retyped.push(i);
    const intensity = Math.min(style.intensity.max, Math.max(style.intensity.min, s.intensity));
    if (intensity !== s.intensity) clamped.push(i);
    const overlayText = fitText(s.overlayText ?? '', spec.overlayMaxChars);
    if ((s.overlayText ?? '').trim().length > spec.overlayMaxChars) shortened.push(i);
    return {
      assetId: s.assetId,
      viewType,
      prompt: s.prompt.slice(0, 1000),
      negativePrompt: fitText(s.negativePrompt ?? style.negativePrompt, 500),
      cameraMove: s.cameraMove,
      intensity,
      durationMs: durations[i] ?? MIN_SCENE_MS,
      overlayText,
      voiceoverScript: fitText(s.voiceoverScript ?? '', 600),
    };
  });
  if (clamped.length > 0) adjustments.push(`intensity of ${list(clamped)} clamped into the mood's range ${style.intensity.min}–${style.intensity.max}`);
  if (retyped.length > 0) adjustments.push(`viewType of ${list(retyped)} set to the image's own view type`);
  if (shortened.length > 0) adjustments.push(`overlayText of ${list(shortened)} shortened to ${spec.overlayMaxChars} characters`);
  const hook = fitText(reply.hook, spec.hookMaxChars);
  if (reply.hook.length > spec.hookMaxChars) adjustments.push(`hook shortened to ${spec.hookMaxChars} characters`);
  const cta = fitText(reply.cta, spec.ctaMaxChars);
  if (reply.cta.length > spec.ctaMaxChars) adjustments.push(`cta shortened to ${spec.ctaMaxChars} characters`);
  const plan = { hook, cta, moodCategory: style.category, musicMood: style.musicMood, platform: spec.platform, aspect: resolved.aspect, totalDurationMs: totalMs, scenes };
  return { plan, adjustments };
}

/** Turns a raw model reply into a valid plan, or into the list of problems for a repair prompt. */
export function checkLlmReply(reply: string, resolved: ResolvedRequest): ReplyCheck {
  const json = extractJsonObject(reply);
  if (!json.ok) return { ok: false, errors: [json.error] };
  const parsed = LlmReply.safeParse(json.value);
  if (!parsed.success) return { ok: false, errors: readableIssues(parsed.error.issues).map((i) => `${i.path}: ${i.message}`) };
  const errors = unknownImages(parsed.data.scenes, resolved);
  const maxScenes = Math.floor(resolved.totalMs / MIN_SCENE_MS);
  if (parsed.data.scenes.length > maxScenes) errors.push(`scenes: ${parsed.data.scenes.length} scenes do not fit ${resolved.totalMs} ms (at most ${maxScenes})`);
  if (errors.length > 0) return { ok: false, errors };
  const { plan, adjustments } = normalise(parsed.data, resolved);
  const final = ScenePlan.safeParse(plan);
  if (!final.success) return { ok: false, errors: readableIssues(final.error.issues).map((i) => `${i.path}: ${i.message}`) };
  return { ok: true, plan: final.data, adjustments };
}
