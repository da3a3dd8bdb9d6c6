import { z } from 'zod';
import { AssetId } from '../project/primitives';

/**
 * A video asset's filmstrip: one JPEG sprite (fetched from mediaUrl(mode, id, 'filmstrip')) of
 * `frames` tiles side by side, tile i showing the source at frameTimesMs[i].
 */
export const FilmstripDto = z
  .object({
    assetId: AssetId,
    frames: z.number().int().positive(),
    tileWidth: z.number().int().positive(),
    tileHeight: z.number().int().positive(),
    frameTimesMs: z.array(z.number().nonnegative()),
  })
  .strict();
export type FilmstripDto = z.infer<typeof FilmstripDto>;

export const FilmstripInput = z.object({ assetId: AssetId }).strict();

/** Peaks of an audio (or video-with-sound) asset: [min, max] in -1..1 per bucket, spread over durationMs. */
export const WaveformDto = z
  .object({
    assetId: AssetId,
    durationMs: z.number().int().nonnegative(),
    peaks: z.array(z.tuple([z.number().min(-1).max(1), z.number().min(-1).max(1)])),
  })
  .strict();
export type WaveformDto = z.infer<typeof WaveformDto>;

export const WaveformInput = z.object({ assetId: AssetId, buckets: z.number().int().min(16).max(4000).default(500) }).strict();
