import type { BillableUnits } from '../../prices';
import type { GenerationRequest, ImageToVideoRequest, ModelCapabilities, TextRequest } from '../../provider';

/**
 * The Replicate models Adloom offers (api-protocols.md §3). `version` marks a community model
 * created by version id; the others are official models created by name. Inputs are built here
 * and only here, with the field names of each model's published schema.
 */
export interface ReplicateModel extends ModelCapabilities {
  version?: string;
  buildInput(req: GenerationRequest, ctx: { imageUri?: string; durationSec?: number }): Record<string, unknown>;
  /** Billing units read back from an input object (the built one, or a prediction's `input`). */
  billable(input: Record<string, unknown>): BillableUnits;
}

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const i2v = (req: GenerationRequest): ImageToVideoRequest => req as ImageToVideoRequest;
const SVD_VERSION = '3f0457e4619daac51203dedb472816fd4af51f3149fa7a9e0b5ffcf1b8172438';

/** motion 0..1 → motion_bucket_id 1..255 (0 is not allowed; the seed's int(x*255) could send it). */
export function motionBucket(motion: number | undefined): number {
  const m = Math.min(1, Math.max(0, motion ?? 0.5));
  return Math.round(1 + m * 254);
}

const svd: ReplicateModel = {
  provider: 'replicate', model: 'stability-ai/stable-video-diffusion', label: 'Stable Video Diffusion (SVD-XT)', kind: 'image-to-video',
  version: SVD_VERSION,
  durations: { values: [14 / 6, 25 / 6] },
  aspects: ['16:9', '9:16', '1:1', '4:5'],
  inputs: { image: 'required', prompt: 'none', seed: true, motion: true, fps: { min: 5, max: 30, default: 6 } },
  maxImageSide: 1024,
  priceNote: 'billed by compute time on an A100 (~$0.09 per run) ❓',
  notes: 'No prompt. 14 or 25 frames; length = frames / fps. Weights under Stability AI community terms (commercial use may need a licence).',
  buildInput(req, { imageUri }) {
    const r = i2v(req);
    const fps = Math.round(Math.min(30, Math.max(5, r.fps ?? 6)));
    // The frame count closest to the wanted length at this frame rate, preferring the longer one.
    const frames = r.durationSec * fps > 14 + 0.5 ? 25 : 14;
    return {
      input_image: imageUri,
      video_length: frames === 25 ? '25_frames_with_svd_xt' : '14_frames_with_svd',
      sizing_strategy: r.aspect === '16:9' ? 'crop_to_16_9' : 'maintain_aspect_ratio',
      frames_per_second: fps,
      motion_bucket_id: motionBucket(r.motion),
      cond_aug: 0.02,
      ...(r.seed !== undefined ? { seed: r.seed } : {}),
    };
  },
  billable: () => ({}),
};

const kling: ReplicateModel = {
  provider: 'replicate', model: 'kwaivgi/kling-v2.1', label: 'Kling 2.1 (720p)', kind: 'image-to-video',
  durations: { values: [5, 10] },
  aspects: ['16:9', '9:16', '1:1', '4:5'],
  inputs: { image: 'required', prompt: 'required', negativePrompt: true },
  maxImageSide: 2048,
  priceNote: '$0.05/s of video (standard 720p) ❓',
  notes: 'Output follows the input image aspect; 24 fps.',
  buildInput(req, { imageUri, durationSec }) {
    const r = i2v(req);
    return { start_image: imageUri, prompt: r.prompt ?? '', mode: 'standard', duration: durationSec, ...(r.negativePrompt ? { negative_prompt: r.negativePrompt } : {}) };
  },
  billable: (input) => ({ outputSeconds: num(input.duration) ?? 5, variant: str(input.mode) ?? 'standard' }),
};

const hailuo: ReplicateModel = {
  provider: 'replicate', model: 'minimax/hailuo-02', label: 'MiniMax Hailuo 02', kind: 'image-to-video',
  durations: { values: [6, 10] },
  aspects: ['16:9', '9:16', '1:1', '4:5'],
  inputs: { image: 'required', prompt: 'required' },
  maxImageSide: 2048,
  priceNote: '$0.08/s at 1080p (6 s), $0.045/s at 768p (10 s) ❓',
  notes: '10 s only at 768p; output follows the input image aspect.',
  buildInput(req, { imageUri, durationSec }) {
    const r = i2v(req);
    return { first_frame_image: imageUri, prompt: r.prompt ?? '', duration: durationSec, resolution: durationSec === 10 ? '768p' : '1080p' };
  },
  billable: (input) => ({ outputSeconds: num(input.duration) ?? 6, variant: str(input.resolution) ?? '1080p' }),
};

const wan: ReplicateModel = {
  provider: 'replicate', model: 'wan-video/wan-2.5-i2v', label: 'Wan 2.5 image-to-video (720p)', kind: 'image-to-video',
  durations: { values: [5, 10] },
  aspects: ['16:9', '9:16', '1:1', '4:5'],
  inputs: { image: 'required', prompt: 'required', negativePrompt: true, seed: true },
  maxImageSide: 2048,
  priceNote: '$0.10/s at 720p ❓',
  buildInput(req, { imageUri, durationSec }) {
    const r = i2v(req);
    return {
      image: imageUri, prompt: r.prompt ?? '', duration: durationSec, resolution: '720p', enable_prompt_expansion: false,
      ...(r.negativePrompt ? { negative_prompt: r.negativePrompt } : {}),
      ...(r.seed !== undefined ? { seed: r.seed } : {}),
    };
  },
  billable: (input) => ({ outputSeconds: num(input.duration) ?? 5, variant: str(input.resolution) ?? '720p' }),
};

/** Rough token count for estimates only: ~4 characters per token for English text. */
const roughTokens = (text: string): number => Math.ceil(text.length / 4);

const llama: ReplicateModel = {
  provider: 'replicate', model: 'meta/meta-llama-3.1-405b-instruct', label: 'Llama 3.1 405B Instruct (scene planner)', kind: 'text',
  inputs: { image: 'none', prompt: 'required' },
  priceNote: '$9.50 per million tokens (input and output)',
  buildInput(req) {
    const r = req as TextRequest;
    return {
      prompt: r.prompt,
      ...(r.systemPrompt !== undefined ? { system_prompt: r.systemPrompt } : {}),
      max_tokens: r.maxTokens ?? 1024,
      temperature: r.temperature ?? 0.6,
      top_p: r.topP ?? 0.9,
    };
  },
  billable: (input) => ({
    inputTokens: roughTokens(`${str(input.system_prompt) ?? ''}${str(input.prompt) ?? ''}`),
    outputTokens: num(input.max_tokens) ?? 512,
  }),
};

export const REPLICATE_MODELS: readonly ReplicateModel[] = [svd, kling, hailuo, wan, llama];

/** Used by the key test: the cheapest official model that reports billing problems on create. */
export const KEY_PROBE_MODEL = llama.model;
