import type Replicate from 'replicate';
import type { FfmpegBinaries } from '../../../ffmpeg/binaries';
import { dataUriLength, prepareImage, toDataUri } from '../image-input';
import { parseResponse } from '../parse-response';
import { FileObject } from './replicate-schemas';

/** Replicate recommends data URLs only up to 256 KB and its files API above that (§2.5). */
export const REPLICATE_INLINE_LIMIT = 256 * 1024;
// The files API takes up to 100 MB; a downscaled still never comes close.
const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

export interface ReplicateImageOptions {
  client: Replicate;
  path: string;
  maxSide: number;
  inlineLimit?: number;
  ffmpeg?: FfmpegBinaries;
  signal?: AbortSignal;
}

/**
 * A string to put in the model input for a local image. Built here, never by the client's
 * 'data-uri' strategy, which in 1.4.0 serialises the client (with its token) into the request.
 */
export async function replicateImageUri(opts: ReplicateImageOptions): Promise<string> {
  const img = await prepareImage({ path: opts.path, maxSide: opts.maxSide, maxBytes: MAX_IMAGE_BYTES, ...(opts.ffmpeg ? { ffmpeg: opts.ffmpeg } : {}), ...(opts.signal ? { signal: opts.signal } : {}) });
  if (dataUriLength(img) <= (opts.inlineLimit ?? REPLICATE_INLINE_LIMIT)) return toDataUri(img);
  const ext = img.mime.split('/')[1] ?? 'bin';
  const file = new File([new Uint8Array(img.data)], `input.${ext === 'jpeg' ? 'jpg' : ext}`, { type: img.mime });
  const created = await opts.client.files.create(file, {}, opts.signal ? { signal: opts.signal } : {});
  return parseResponse(FileObject, created, { provider: 'replicate', operation: 'upload' }).urls.get;
}
