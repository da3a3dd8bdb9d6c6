import { toFile } from '@runwayml/sdk';
import type RunwayML from '@runwayml/sdk';
import type { FfmpegBinaries } from '../../../ffmpeg/binaries';
import { dataUriLength, prepareImage, toDataUri } from '../image-input';

/** A data URI must stay under 5 MiB as a whole (docs.dev.runwayml.com/assets/inputs). */
export const RUNWAY_INLINE_LIMIT = 5 * 1024 * 1024 - 1;
// Ephemeral uploads take up to 200 MB, Runway's URL inputs up to 16 MB; stills stay far below.
const MAX_IMAGE_BYTES = 16 * 1024 * 1024;

export interface RunwayImageOptions {
  client: RunwayML;
  path: string;
  maxSide: number;
  inlineLimit?: number;
  ffmpeg?: FfmpegBinaries;
  signal?: AbortSignal;
}

/** A data URI when small enough, else an ephemeral upload's runway:// URI (valid 24 h). */
export async function runwayImageUri(opts: RunwayImageOptions): Promise<string> {
  const img = await prepareImage({ path: opts.path, maxSide: opts.maxSide, maxBytes: MAX_IMAGE_BYTES, ...(opts.ffmpeg ? { ffmpeg: opts.ffmpeg } : {}), ...(opts.signal ? { signal: opts.signal } : {}) });
  if (dataUriLength(img) <= (opts.inlineLimit ?? RUNWAY_INLINE_LIMIT)) return toDataUri(img);
  const ext = img.mime === 'image/jpeg' ? 'jpg' : (img.mime.split('/')[1] ?? 'png');
  const file = await toFile(img.data, `image.${ext}`, { type: img.mime });
  const uploaded = await opts.client.uploads.createEphemeral({ file }, opts.signal ? { signal: opts.signal } : {});
  return uploaded.uri;
}
