import type { Aspect } from '../../../preload/contract/project/primitives';
import type { AppError } from '../shared/app-error';

/**
 * The one interface every paid (remote) generator implements. Each step is a separate call
 * with no in-memory state between them, so a persistent job queue can
 *   1. submit() and save the returned remoteId before doing anything else,
 *   2. poll(remoteId) after a restart,
 *   3. cancel(remoteId) and download({ remoteId, destPath }) at any later time.
 * Errors are AppErrors: AUTH_FAILED, OUT_OF_CREDIT, BAD_INPUT, RATE_LIMITED (details.retryAfterMs),
 * NOT_FOUND, PROVIDER_ERROR; every one carries details.retryable (boolean) and details.provider.
 * A failed *call* throws; a *task* that failed is a PollResult with status 'failed' and `error`.
 */
export type ProviderId = 'replicate' | 'runway' | 'elevenlabs';
export type GenerationKind = 'image-to-video' | 'text-to-image' | 'text' | 'speech';

export interface ImageToVideoRequest {
  kind: 'image-to-video';
  model: string;
  /** Local image file (PNG, JPEG, WebP or anything FFmpeg reads); downscaled and sent as the API requires. */
  imagePath: string;
  prompt?: string;
  negativePrompt?: string;
  /** Wanted length; snapped up to the nearest length the model offers (see resolveDuration). */
  durationSec: number;
  /** Project aspect; mapped to the model's ratio (Runway pixel ratios) or sizing strategy. */
  aspect: Aspect;
  seed?: number;
  /** 0 = almost still … 1 = as much motion as the model allows (SVD motion_bucket_id). */
  motion?: number;
  /** Output frame rate where the model lets you choose (SVD). */
  fps?: number;
}

export interface TextToImageRequest {
  kind: 'text-to-image';
  model: string;
  /** Reference images are named in the prompt as @tag. */
  prompt: string;
  aspect: Aspect;
  resolution?: '720p' | '1080p';
  referenceImages?: readonly { path: string; tag: string }[];
  seed?: number;
}

export interface TextRequest {
  kind: 'text';
  model: string;
  prompt: string;
  systemPrompt?: string;
  maxTokens?: number;
  temperature?: number;
  topP?: number;
}

export interface SpeechRequest {
  kind: 'speech';
  model: string;
  voiceId: string;
  text: string;
  /** ElevenLabs output_format, default mp3_44100_128. */
  outputFormat?: string;
  voiceSettings?: { stability?: number; similarityBoost?: number; style?: number; useSpeakerBoost?: boolean; speed?: number };
  languageCode?: string;
  seed?: number;
}

export type GenerationRequest = ImageToVideoRequest | TextToImageRequest | TextRequest | SpeechRequest;

/** What a model accepts, for forms, the planner and validation. */
export interface ModelCapabilities {
  provider: ProviderId;
  model: string;
  label: string;
  kind: GenerationKind;
  /** Output lengths in seconds, either a list or an integer range. */
  durations?: { values: number[] } | { min: number; max: number; step: number };
  /** Project aspects the model serves; `ratios` are its own values the aspects map to. */
  aspects?: Aspect[];
  ratios?: string[];
  inputs: {
    image: 'required' | 'optional' | 'none';
    prompt: 'required' | 'optional' | 'none';
    negativePrompt?: boolean;
    seed?: boolean;
    motion?: boolean;
    fps?: { min: number; max: number; default: number };
    maxReferenceImages?: number;
  };
  maxPromptChars?: number;
  /** Longest side images are downscaled to before upload. */
  maxImageSide?: number;
  /** Human summary of the price rule in prices.ts, e.g. "5 credits/s ($0.05/s)". */
  priceNote: string;
  notes?: string;
}

export interface CallOptions {
  signal?: AbortSignal;
}

export interface SubmitResult {
  remoteId: string;
  /** The provider's own estimate when it gives one (Runway estimatedCost), in USD. */
  providerEstimateUsd: number | null;
}

export type RemoteStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';

export interface SpeechAlignment {
  characters: string[];
  startsSec: number[];
  endsSec: number[];
}

export interface WordTiming {
  word: string;
  startSec: number;
  endSec: number;
}

export interface PollResult {
  remoteId: string;
  status: RemoteStatus;
  /** The provider's own word (Runway THROTTLED, Replicate starting/aborted …) for logs and UI. */
  providerStatus: string;
  /** 0..1 when the provider reports it. */
  progress: number | null;
  /** Output URLs (expire: download promptly). Empty until succeeded. */
  outputUrls: string[];
  /** LLM reply (kind 'text'), joined from the token array. */
  text?: string;
  /** Voice-over timing (kind 'speech'), for captions. */
  alignment?: SpeechAlignment;
  words?: WordTiming[];
  /** Set when status is 'failed': code, person-readable message, details.retryable. */
  error?: AppError;
  /** Actual cost once terminal (Runway cost.credits, Replicate predict_time/tokens), else null. */
  costUsd: number | null;
  /** Provider's running estimate while not terminal, else null. */
  estimateUsd: number | null;
}

export interface DownloadRequest extends CallOptions {
  remoteId: string;
  /** Final file path; written atomically (temp file in the same folder, fsync, rename). */
  destPath: string;
  outputIndex?: number;
}

export interface DownloadResult {
  path: string;
  bytes: number;
  contentType: string;
}

export interface CostEstimate {
  usd: number;
  /** How the number was made, e.g. "5 s × 5 credits/s × $0.01". */
  basis: string;
  /** False when the price in prices.ts is unconfirmed (marked ❓ there). */
  verified: boolean;
}

export type KeyTestStatus = 'ok' | 'invalid' | 'out-of-credit' | 'missing';

export interface KeyTestResult {
  status: KeyTestStatus;
  message: string;
  /** Non-secret facts, e.g. { creditBalance: 120 } or { charactersLeft: 9000 }. */
  details?: Record<string, unknown>;
}

export interface Provider {
  readonly id: ProviderId;
  readonly models: readonly ModelCapabilities[];
  /** Suggested delay between polls (Runway asks for ≥ 5 s). */
  readonly pollIntervalMs: number;
  /** Validates, prepares inputs, starts the remote task and returns as soon as its id is known. */
  submit(request: GenerationRequest, opts?: CallOptions): Promise<SubmitResult>;
  /** One status read by remote id. */
  poll(remoteId: string, opts?: CallOptions): Promise<PollResult>;
  /** Cancels remote work (Runway deletes the task). Cancelling a finished task is not an error. */
  cancel(remoteId: string, opts?: CallOptions): Promise<void>;
  /** Fetches fresh output URLs and downloads one output to destPath. */
  download(req: DownloadRequest): Promise<DownloadResult>;
  /** From the price table in prices.ts; throws BAD_INPUT for an unknown model. */
  estimateCost(request: GenerationRequest): CostEstimate;
  /** Tells a valid key, an invalid one and one without credit apart. Other failures throw. */
  testKey(opts?: CallOptions): Promise<KeyTestResult>;
}

export interface VoiceInfo {
  voiceId: string;
  name: string;
  category: string | null;
  labels: Record<string, string>;
  previewUrl: string | null;
}

export interface SpeechProvider extends Provider {
  listVoices(opts?: CallOptions): Promise<VoiceInfo[]>;
}
