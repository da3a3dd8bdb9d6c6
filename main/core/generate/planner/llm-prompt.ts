import { CAMERA_MOVES } from '../../../../preload/contract/project/primitives';
import { extractProductName } from './brief-text';
import { sceneCount } from './durations';
import { WORDS_PER_SECOND } from './platforms';
import type { ResolvedRequest } from './resolve-request';

export interface LlmPrompt {
  system: string;
  user: string;
}

/**
 * Output budget the provider adapter should give the model: a 60 s high-energy plan runs to
 * about 30 scenes of ~120 tokens, and Replicate's Llama default (512) would cut any plan off.
 */
export const LLM_PLAN_MAX_TOKENS = 4096;

/** How much of a bad reply is quoted back in a repair prompt (the model needs the gist, not all of it). */
const MAX_QUOTED_REPLY = 6000;
const MAX_LISTED_ERRORS = 12;

const SHAPE = `{
  "hook": string,
  "cta": string,
  "scenes": [
    {
      "assetId": string,
      "viewType": string,
      "prompt": string,
      "negativePrompt": string,
      "cameraMove": ${CAMERA_MOVES.map((m) => `"${m}"`).join(' | ')},
      "intensity": number,
      "durationMs": integer,
      "overlayText": string,
      "voiceoverScript": string
    }
  ]
}`;

function systemPrompt(resolved: ResolvedRequest): string {
  const { style, spec, totalMs } = resolved;
  return [
    'You are a video director who plans short product advertisements made from product photos.',
    'Each scene animates ONE photo with an image-to-video model, so the prompt describes motion and atmosphere around the product as photographed.',
    'Reply with ONE JSON object and nothing else: no prose, no markdown fences. It must have exactly this shape:',
    SHAPE,
    'Rules:',
    '- Use only the assetId values listed by the user; every photo should appear at least once; a photo may be reused with another camera move.',
    '- Order: open with the hero (front) shot, show details in the middle, lifestyle near the end, and close on the call to action.',
    `- cameraMove is one of: ${CAMERA_MOVES.join(', ')}.`,
    `- intensity is the motion strength from ${style.intensity.min} to ${style.intensity.max}.`,
    `- durationMs are whole milliseconds between ${style.sceneMs.min} and ${style.sceneMs.max}; together they add up to exactly ${totalMs}; the first scene ends by ${spec.hookWithinMs} ms.`,
    `- hook: at most ${spec.hookMaxChars} characters; cta: at most ${spec.ctaMaxChars} characters; overlayText: at most ${spec.overlayMaxChars} characters, or "" for none.`,
    `- voiceoverScript: what a narrator says during the scene, about ${WORDS_PER_SECOND} words per second of the scene, or "".`,
    '- Never mention prices, discounts, numbers or claims that are not in the brief.',
  ].join('\n');
}

function userPrompt(resolved: ResolvedRequest, { variation, variations, previousHooks }: { variation: number; variations: number; previousHooks: readonly string[] }): string {
  const { request, style, spec, totalMs } = resolved;
  const name = extractProductName(resolved.brief, request.productName);
  const scenes = sceneCount({ totalMs, sceneMs: style.sceneMs, firstMaxMs: spec.hookWithinMs });
  const lines = [
    `Brief: ${resolved.brief}`,
    ...(name === null ? [] : [`Product: ${name}`]),
    `Mood: ${request.mood}/100, "${style.category}": ${style.lighting}; ${style.vocabulary.join(', ')}. Preferred camera moves: ${style.moves.join(', ')}.`,
    `Platform: ${spec.label}, aspect ${resolved.aspect}, total length ${totalMs} ms, about ${scenes} scenes.`,
    'Photos:',
    JSON.stringify(resolved.images.map((img) => ({ assetId: img.assetId, viewType: img.viewType }))),
  ];
  if (variations > 1) {
    lines.push(`This is variation ${variation + 1} of ${variations}: make it clearly different from the others (hook, scene order, camera moves, pacing).`);
    if (previousHooks.length > 0) lines.push(`Hooks already used, do not reuse them: ${previousHooks.map((h) => JSON.stringify(h)).join(', ')}`);
  }
  lines.push('Reply with the JSON object only.');
  return lines.join('\n');
}

export function buildPlanPrompt(resolved: ResolvedRequest, options: { variation: number; variations: number; previousHooks: readonly string[] }): LlmPrompt {
  return { system: systemPrompt(resolved), user: userPrompt(resolved, options) };
}

/** `complete` is one-shot (no chat history), so the repair prompt carries the bad reply and what was wrong. */
export function buildRepairPrompt(original: LlmPrompt, { reply, errors }: { reply: string; errors: readonly string[] }): LlmPrompt {
  const quoted = reply.length > MAX_QUOTED_REPLY ? `${reply.slice(0, MAX_QUOTED_REPLY)}\n[…cut]` : reply;
  const user = [
    original.user,
    '',
    'Your previous reply was:',
    quoted,
    '',
    'It was rejected because:',
    ...errors.slice(0, MAX_LISTED_ERRORS).map((e) => `- ${e}`),
    ...(errors.length > MAX_LISTED_ERRORS ? [`- and ${errors.length - MAX_LISTED_ERRORS} more problems`] : []),
    '',
    'Send the corrected plan as ONE JSON object with the shape given, and nothing else.',
  ].join('\n');
  return { system: original.system, user };
}
