import type { NewJobSpec } from '../jobs/enqueue';
import { AppError } from '../shared/app-error';
import { estimateRequest } from './cost/price-overrides';
import type { GenerationDeps } from './generation-service';
import { priceOverrides } from './generation-service';
import type { SpeechRequest } from './provider';
import { outputLabel, requestCacheKey } from './scene-requests';
import type { StoredPlan } from './project-plan';

/** ElevenLabs "Rachel" (a premade voice every account has) and the multilingual model. */
export const DEFAULT_VOICE_ID = '21m00Tcm4TlvDq8ikWAM';
export const DEFAULT_SPEECH_MODEL = 'eleven_multilingual_v2';
export const VOICEOVER_ITEM_ID = 'voiceover-ai';

/** The script of a plan variation: each scene's voice-over line, in order. */
export function scriptFromPlan(plan: StoredPlan, variation = 0): string {
  const result = plan.results.find((r) => r.variation === variation) ?? plan.results[0];
  return (result?.plan.scenes ?? []).map((s) => s.voiceoverScript.trim()).filter(Boolean).join(' ');
}

/** One voice-over job (provider elevenlabs), with its estimate and cache key. */
export function buildVoiceoverJob(deps: GenerationDeps, input: { projectId: string; text: string; voiceId?: string; model?: string; place?: boolean }): NewJobSpec {
  const text = input.text.trim();
  if (text === '') throw new AppError('BAD_INPUT', `there is no voice-over text for project ${input.projectId}; plan first ("adloom plan") or pass --text`, { field: 'text' });
  const provider = deps.providers('elevenlabs');
  const request: SpeechRequest = { kind: 'speech', model: input.model ?? DEFAULT_SPEECH_MODEL, voiceId: input.voiceId ?? DEFAULT_VOICE_ID, text };
  return {
    projectId: input.projectId,
    kind: 'voice-over',
    provider: 'elevenlabs',
    model: request.model,
    estimate: estimateRequest({ provider, request, overrides: priceOverrides(deps.store) }),
    cacheKey: requestCacheKey({ provider: 'elevenlabs', request, modelVersion: null, sourceAssetId: null }),
    input: {
      request,
      sourceAssetId: null,
      modelVersion: null,
      label: outputLabel('elevenlabs', request.model, 'voiceover'),
      ...(input.place && { placement: { track: 'voiceover' as const, itemId: VOICEOVER_ITEM_ID, script: text } }),
    },
  };
}
