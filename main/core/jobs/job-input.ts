import { z } from 'zod';
import { Aspect, AssetId, CameraMove, Easing, Framing, Id } from '../../../preload/contract/project/primitives';
import type { GenerationRequest } from '../generate/provider';
import type { DraftMotionRequest } from '../generate/local-provider';
import { AppError } from '../shared/app-error';

/** Job kinds the queue runs (jobs.kind). */
export const JOB_KINDS = ['image-to-video', 'draft-motion', 'voice-over'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

const ImageToVideo = z
  .object({
    kind: z.literal('image-to-video'),
    model: z.string().min(1),
    imagePath: z.string().min(1),
    prompt: z.string().optional(),
    negativePrompt: z.string().optional(),
    durationSec: z.number().positive(),
    aspect: Aspect,
    seed: z.number().int().optional(),
    motion: z.number().min(0).max(1).optional(),
    fps: z.number().positive().optional(),
  })
  .strict();

const Speech = z
  .object({
    kind: z.literal('speech'),
    model: z.string().min(1),
    voiceId: z.string().min(1),
    text: z.string().min(1),
    outputFormat: z.string().optional(),
    languageCode: z.string().optional(),
    seed: z.number().int().optional(),
  })
  .strict();

const DraftMotion = z
  .object({
    kind: z.literal('draft-motion'),
    model: z.literal('draft-motion'),
    imagePath: z.string().min(1),
    move: CameraMove,
    intensity: z.number().min(0).max(1),
    easing: Easing,
    durationMs: z.number().int().positive(),
    fps: z.number().int().positive(),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    framing: Framing,
  })
  .strict();

/** Where a finished output goes in the project document; only the CLI asks for it (the editor places clips itself). */
export const Placement = z.discriminatedUnion('track', [
  z.object({ track: z.literal('video'), itemId: Id, sceneIndex: z.number().int().nonnegative(), durationMs: z.number().int().positive() }).strict(),
  z.object({ track: z.literal('voiceover'), itemId: Id, script: z.string() }).strict(),
]);
export type Placement = z.infer<typeof Placement>;

/**
 * What a job row's input_json holds: enough to submit (or re-run a local job) after a restart,
 * and to write the output's provenance. Never a key.
 */
export const JobInput = z
  .object({
    request: z.discriminatedUnion('kind', [ImageToVideo, Speech, DraftMotion]),
    /** The source image's library id (= its sha256), for provenance; null for speech. */
    sourceAssetId: AssetId.nullable(),
    modelVersion: z.string().nullable(),
    /** File name (without extension) the output gets in the library, e.g. "replicate-kling-scene-2". */
    label: z.string().min(1).max(120),
    placement: Placement.optional(),
  })
  .strict();
export type JobInput = Omit<z.infer<typeof JobInput>, 'request'> & { request: GenerationRequest | DraftMotionRequest };

/** Reads a stored input back; a row written by another version or by hand fails loudly, naming the job. */
export function parseJobInput(jobId: string, input: unknown): JobInput {
  const parsed = JobInput.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('BAD_INPUT', `job ${jobId} has an input this version cannot run (${issue?.path.join('.') || 'input'}: ${issue?.message ?? 'invalid'})`, { jobId });
  }
  return parsed.data as JobInput;
}

export function isDraftMotion(request: JobInput['request']): request is DraftMotionRequest {
  return request.kind === 'draft-motion';
}
