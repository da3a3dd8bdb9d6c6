import type { ScenePlanRequest } from '../../../../preload/contract/plan/scene-plan';
import type { LlmPrompt } from './llm-prompt';

/** Shared by the colocated tests only. */

export const ID = { front: 'a'.repeat(64), side: 'b'.repeat(64), detail: 'c'.repeat(64), lifestyle: 'd'.repeat(64), back: 'e'.repeat(64), top: 'f'.repeat(64) };

export const BRIEF = 'Aurora ceramic mug that keeps coffee hot for hours, with a hand-glazed finish. Perfect for slow mornings.';

export function request(overrides: Partial<ScenePlanRequest> = {}): ScenePlanRequest {
  return {
    images: [
      { assetId: ID.detail, viewType: 'detail' },
      { assetId: ID.lifestyle, viewType: 'lifestyle' },
      { assetId: ID.front, viewType: 'front' },
      { assetId: ID.side, viewType: 'side' },
    ],
    brief: BRIEF,
    mood: 80,
    platform: 'tiktok',
    ...overrides,
  };
}

/** A reply a well-behaved model could send for request() (high energy, TikTok: 15 s). */
export function goodReply(): Record<string, unknown> {
  return {
    hook: 'Coffee that waits for you',
    cta: 'Tap to shop now',
    scenes: [
      { assetId: ID.front, viewType: 'front', prompt: 'Mug on a counter, crash zoom in', negativePrompt: 'blurry', cameraMove: 'zoom-in', intensity: 0.9, durationMs: 3000, overlayText: 'Coffee that waits', voiceoverScript: 'Coffee that waits for you.' },
      { assetId: ID.side, viewType: 'side', prompt: 'Side profile, FPV sweep', cameraMove: 'pan-right', intensity: 0.8, durationMs: 4000, overlayText: 'Hand-glazed', voiceoverScript: 'Hand-glazed finish.' },
      { assetId: ID.detail, viewType: 'detail', prompt: 'Macro of the glaze', cameraMove: 'push-in', intensity: 0.75, durationMs: 4000, overlayText: 'Hot for hours', voiceoverScript: 'Keeps coffee hot for hours.' },
      { assetId: ID.lifestyle, viewType: 'lifestyle', prompt: 'Morning kitchen scene', cameraMove: 'zoom-out', intensity: 0.7, durationMs: 4000, overlayText: 'Tap to shop now', voiceoverScript: 'Tap to shop now.' },
    ],
  };
}

/** A `complete` that answers from a script (a string, or an Error to throw) and records each prompt. */
export function scriptedComplete(replies: readonly (string | Error)[]): { complete: (prompt: LlmPrompt) => Promise<string>; prompts: LlmPrompt[] } {
  const prompts: LlmPrompt[] = [];
  const complete = async (prompt: LlmPrompt): Promise<string> => {
    prompts.push(prompt);
    const reply = replies[prompts.length - 1];
    if (reply === undefined) throw new Error(`scriptedComplete: no reply scripted for call ${prompts.length}`);
    if (reply instanceof Error) throw reply;
    return reply;
  };
  return { complete, prompts };
}
