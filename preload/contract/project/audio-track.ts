import { z } from 'zod';
import { Id, MediaRef, Ms, PositiveMs } from './primitives';

const audioBase = {
  id: Id,
  media: MediaRef,
  /** Where on the timeline the sound starts. */
  startMs: Ms.default(0),
  /** Source trim: [inMs, outMs) of the file; outMs omitted = to the end of the file. */
  inMs: Ms.default(0),
  outMs: PositiveMs.optional(),
  /** Linear gain, 1 = unchanged. */
  volume: z.number().min(0).max(4).default(1),
  fadeInMs: Ms.default(0),
  fadeOutMs: Ms.default(0),
};

/** An empty or backwards trim would leave nothing to play; the video clip refuses the same. */
const trimIsForward = (a: { inMs: number; outMs?: number | undefined }): boolean => a.outMs === undefined || a.outMs > a.inMs;
const TRIM_ISSUE = { message: 'outMs must be after inMs', path: ['outMs'] };

/** Background music. With loop on it repeats to fill the rest of the timeline. */
export const MusicClip = z
  .object({
    ...audioBase,
    loop: z.boolean().default(true),
    /** Lowered automatically while a voice-over plays. */
    duckUnderVoice: z.boolean().default(true),
    fadeOutMs: Ms.default(1500),
  })
  .strict()
  .refine(trimIsForward, TRIM_ISSUE);
export type MusicClip = z.infer<typeof MusicClip>;

export const VoiceoverClip = z
  .object({
    ...audioBase,
    /** The script it was spoken from (text-to-speech or reference for captions). */
    script: z.string().max(10_000).optional(),
  })
  .strict()
  .refine(trimIsForward, TRIM_ISSUE);
export type VoiceoverClip = z.infer<typeof VoiceoverClip>;

/** Loudness targets for the export mix (ad platforms normalise to about -14 LUFS). */
export const AudioMix = z
  .object({
    targetLufs: z.number().min(-36).max(-6).default(-14),
    truePeakDb: z.number().min(-9).max(0).default(-1),
    /** How far music drops under voice-over, in dB. */
    duckingDb: z.number().min(0).max(40).default(12),
  })
  .strict();
export type AudioMix = z.infer<typeof AudioMix>;
