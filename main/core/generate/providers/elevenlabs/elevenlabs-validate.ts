import { AppError } from '../../../shared/app-error';
import type { ModelCapabilities, SpeechRequest } from '../../provider';
import { checkPrompt } from '../model-params';
import { isOutputFormat } from './elevenlabs-models';

const VOICE_ID = /^[A-Za-z0-9]{1,64}$/;
const RANGES: Record<string, [number, number]> = { stability: [0, 1], similarityBoost: [0, 1], style: [0, 1], speed: [0.7, 1.2] };

/** Checks a TTS request against §4.2 before any character is billed; returns the output format. */
export function validateSpeech(model: ModelCapabilities, req: SpeechRequest): string {
  checkPrompt({ text: req.text, required: true, max: model.maxPromptChars, model: model.model });
  if (!VOICE_ID.test(req.voiceId)) throw new AppError('BAD_INPUT', `"${req.voiceId.slice(0, 80)}" is not an ElevenLabs voice id.`, { field: 'voiceId', retryable: false });
  const format = req.outputFormat ?? 'mp3_44100_128';
  if (!isOutputFormat(format)) throw new AppError('BAD_INPUT', `Output format "${format}" is not one ElevenLabs offers.`, { field: 'outputFormat', retryable: false });
  for (const [field, value] of Object.entries(req.voiceSettings ?? {})) {
    const range = RANGES[field];
    if (range && typeof value === 'number' && (value < range[0] || value > range[1])) {
      throw new AppError('BAD_INPUT', `Voice setting ${field} is ${value}; it must be from ${range[0]} to ${range[1]}.`, { field: `voiceSettings.${field}`, retryable: false });
    }
  }
  if (req.seed !== undefined && (!Number.isInteger(req.seed) || req.seed < 0 || req.seed > 4_294_967_295)) {
    throw new AppError('BAD_INPUT', `Seed ${req.seed} must be a whole number from 0 to 4294967295.`, { field: 'seed', retryable: false });
  }
  return format;
}

/** The wire body (snake_case) for a validated request. */
export function speechBody(req: SpeechRequest): Record<string, unknown> {
  const vs = req.voiceSettings;
  return {
    text: req.text.trim(),
    model_id: req.model,
    ...(vs
      ? {
          voice_settings: {
            ...(vs.stability !== undefined ? { stability: vs.stability } : {}),
            ...(vs.similarityBoost !== undefined ? { similarity_boost: vs.similarityBoost } : {}),
            ...(vs.style !== undefined ? { style: vs.style } : {}),
            ...(vs.useSpeakerBoost !== undefined ? { use_speaker_boost: vs.useSpeakerBoost } : {}),
            ...(vs.speed !== undefined ? { speed: vs.speed } : {}),
          },
        }
      : {}),
    ...(req.languageCode ? { language_code: req.languageCode } : {}),
    ...(req.seed !== undefined ? { seed: req.seed } : {}),
  };
}
