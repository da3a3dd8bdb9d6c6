import fs from 'node:fs/promises';
import path from 'node:path';
import type { ProbeResult } from '../ffmpeg/ffprobe';
import { ffprobe } from '../ffmpeg/ffprobe';
import { AppError } from '../shared/app-error';
import { checkMediaFile } from './check-file';
import { matchesImageSignature, SIGNATURE_BYTES } from './image-signature';
import type { ImageFrameInfo, MediaFacts } from './media-facts';
import { isImageStream, mainStreams, mediaFactsFromProbe } from './media-facts';
import { pngHasTransparencyChunk } from './png-transparency';
import { probeImageFrame } from './probe-frame';

export interface ProbeMediaOptions {
  ffprobePath: string;
  file: string;
  /** Name used in error messages (import probes a temp copy but reports the user's file). */
  name?: string;
  signal?: AbortSignal;
}

export interface ProbedMedia {
  facts: MediaFacts;
  /** The validated ffprobe JSON, stored on the record. */
  probe: ProbeResult;
}

// Codecs whose decoder may turn EXIF orientation into a frame display matrix.
const ORIENTATION_CODECS = new Set(['mjpeg', 'webp', 'tiff']);

async function readHead(file: string): Promise<Uint8Array> {
  const fh = await fs.open(file, 'r');
  try {
    const buf = Buffer.alloc(SIGNATURE_BYTES);
    const { bytesRead } = await fh.read(buf, 0, SIGNATURE_BYTES, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

async function runFfprobe(opts: Required<Pick<ProbeMediaOptions, 'ffprobePath' | 'file' | 'name'>> & { signal?: AbortSignal }): Promise<ProbeResult> {
  try {
    return await ffprobe({ ffprobePath: opts.ffprobePath, file: opts.file, signal: opts.signal });
  } catch (err) {
    if (opts.signal?.aborted) throw new AppError('CANCELLED', `${opts.name}: probing was cancelled.`, { file: opts.name }, { cause: err });
    const raw = err instanceof Error ? err.message : String(err);
    // ffprobe's message names the (temp) path twice; keep only its reason, in the user's terms.
    const reason = /\(([^]*)\)\.?$/.exec(raw)?.[1] ?? raw;
    const clean = reason.split(`${opts.file}: `).join('').split(opts.file).join(opts.name);
    throw new AppError('MEDIA_INVALID', `${opts.name}: is not a media file FFmpeg can read, or it is damaged (${clean}).`, { file: opts.name }, { cause: err });
  }
}

async function readImageFrame(opts: Required<Pick<ProbeMediaOptions, 'ffprobePath' | 'file' | 'name'>> & { signal?: AbortSignal }): Promise<ImageFrameInfo | null> {
  try {
    return await probeImageFrame(opts);
  } catch (err) {
    if (err instanceof AppError && err.code === 'CANCELLED') throw err;
    const reason = err instanceof Error ? err.message.split(opts.file).join(opts.name) : String(err);
    throw new AppError('MEDIA_INVALID', `${opts.name}: is truncated or corrupt (${reason}).`, { file: opts.name }, { cause: err });
  }
}

/**
 * Probes one file and decides its kind and facts. Refuses empty files, files without audio or
 * video, and files whose content is not the image their name claims. It does not decode whole
 * pictures: a truncated JPEG still probes, so import decodes images once while thumbnailing
 * (makeThumbnail with strict: true) to catch those.
 */
export async function probeMedia({ ffprobePath, file, name = path.basename(file), signal }: ProbeMediaOptions): Promise<ProbedMedia> {
  await checkMediaFile(file, name);
  const probe = await runFfprobe({ ffprobePath, file, name, signal });
  const { video } = mainStreams(probe);
  const formatName = probe.format?.format_name ?? '';
  let imageFrame: ImageFrameInfo | null = null;
  let paletteAlpha = false;
  if (video?.codec_name && isImageStream(formatName, video)) {
    const codec = video.codec_name;
    if (matchesImageSignature(codec, await readHead(file)) === false) {
      throw new AppError('MEDIA_INVALID', `${name}: is not a media file (its content is not a ${codec === 'mjpeg' ? 'JPEG' : codec.toUpperCase()} image).`, { file: name });
    }
    if (ORIENTATION_CODECS.has(codec) && (video.width ?? 0) > 0) imageFrame = await readImageFrame({ ffprobePath, file, name, signal });
    if (video.pix_fmt === 'pal8') paletteAlpha = codec === 'gif' || (codec === 'png' && (await pngHasTransparencyChunk(file)));
  }
  return { facts: mediaFactsFromProbe({ name, probe, imageFrame, paletteAlpha }), probe };
}
