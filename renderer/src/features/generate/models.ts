import type { KeyProvider } from '../../../../preload/contract/dto/keys-dto';
import type { VideoProvider } from '../../../../preload/contract/dto/settings-dto';

export type PaidProvider = Exclude<VideoProvider, 'draft'>;

export interface ModelChoice {
  model: string;
  label: string;
}

/**
 * Model ids the main adapters offer (main/core/generate/providers/*-models.ts and prices.ts);
 * the contract has no list of them yet, so these are suggestions beside a free text field.
 * The first of each list is main's default (DEFAULT_VIDEO_MODELS).
 */
export const MODEL_CHOICES: Readonly<Record<PaidProvider, readonly ModelChoice[]>> = {
  replicate: [
    { model: 'kwaivgi/kling-v2.1', label: 'Kling 2.1 (720p)' },
    { model: 'minimax/hailuo-02', label: 'MiniMax Hailuo 02' },
    { model: 'wan-video/wan-2.5-i2v', label: 'Wan 2.5 image-to-video' },
    { model: 'stability-ai/stable-video-diffusion', label: 'Stable Video Diffusion (no prompt)' },
  ],
  runway: [
    { model: 'gen4_turbo', label: 'Runway Gen-4 Turbo' },
    { model: 'gen4.5', label: 'Runway Gen-4.5' },
    { model: 'veo3.1_fast', label: 'Veo 3.1 Fast' },
    { model: 'veo3.1', label: 'Veo 3.1' },
  ],
};

export const PROVIDER_LABELS: Readonly<Record<VideoProvider, string>> = {
  draft: 'Draft motion (free, offline)',
  replicate: 'Replicate',
  runway: 'Runway',
};

/** Short names for the narrow selects. */
export const PROVIDER_SHORT_LABELS: Readonly<Record<VideoProvider, string>> = { draft: 'Draft (free)', replicate: 'Replicate', runway: 'Runway' };

export const isPaid = (provider: VideoProvider): provider is PaidProvider => provider !== 'draft';

/** The model a provider starts with; '' for draft motion, which has no model to choose. */
export function defaultModel(provider: VideoProvider): string {
  return isPaid(provider) ? (MODEL_CHOICES[provider][0]?.model ?? '') : '';
}

/** Jobs say `local` (core's name) or `draft` (the contract's) for the free draft motion. */
export const isDraftJobProvider = (provider: string): boolean => provider === 'local' || provider === 'draft';

/** Which paid providers have a key; draft motion needs none. */
export type KeyAvailability = Readonly<Partial<Record<KeyProvider, boolean>>>;

export function hasKey(keys: KeyAvailability, provider: VideoProvider): boolean {
  return !isPaid(provider) || keys[provider] === true;
}

/** Why a provider cannot be used now, for hints beside disabled controls; null when it can. */
export function missingKeyHint(keys: KeyAvailability, provider: VideoProvider): string | null {
  if (hasKey(keys, provider)) return null;
  return `No ${PROVIDER_LABELS[provider]} key is set: add one in Settings to use it.`;
}
