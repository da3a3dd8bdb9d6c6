import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { resolveFfmpegBinaries, type FfmpegBinaries } from '../../ffmpeg/binaries';
import { ffprobe } from '../../ffmpeg/ffprobe';
import { AppError } from '../../shared/app-error';

export interface PreparedImage {
  data: Buffer;
  mime: 'image/png' | 'image/jpeg' | 'image/webp';
  width: number;
  height: number;
  /** True when FFmpeg re-encoded the file (too big, too large or not PNG/JPEG/WebP). */
  converted: boolean;
}

export interface PrepareImageOptions {
  path: string;
  /** Longest side after downscaling. */
  maxSide: number;
  /** Largest encoded size wanted; the image is shrunk further until it fits. */
  maxBytes: number;
  ffmpeg?: FfmpegBinaries;
  signal?: AbortSignal;
}

const PASSTHROUGH: Record<string, PreparedImage['mime']> = { png: 'image/png', mjpeg: 'image/jpeg', webp: 'image/webp' };
// Pixel formats that can carry transparency: those stay PNG so a cut-out product keeps its alpha.
const ALPHA_FORMAT = /^(rgba|bgra|argb|abgr|ya|yuva|gbrap|pal8|rgba64|ya16)/;
const SHRINK_STEPS = 5;

function runFfmpeg(bin: string, args: string[], signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(bin, args, { signal, windowsHide: true, maxBuffer: 4 * 1024 * 1024 }, (err, _stdout, stderr) => {
      if (!err) return resolve();
      const reason = String(stderr).trim().split('\n').pop() || err.message;
      reject(new AppError('FFMPEG_FAILED', `ffmpeg could not downscale the image (${reason}).`, { args }));
    });
  });
}

/**
 * Reads a local image for upload: passed through when the API can take it as it is, otherwise
 * scaled down (never up) and re-encoded as JPEG, or PNG when it has an alpha channel.
 */
export async function prepareImage(opts: PrepareImageOptions): Promise<PreparedImage> {
  const bins = opts.ffmpeg ?? resolveFfmpegBinaries();
  const stat = await fs.stat(opts.path).catch(() => null);
  if (!stat?.isFile()) throw new AppError('BAD_INPUT', `Image "${opts.path}" does not exist or is not a file.`, { file: opts.path, retryable: false });
  const probe = await ffprobe({ ffprobePath: bins.ffprobe.path, file: opts.path, ...(opts.signal ? { signal: opts.signal } : {}) });
  const video = probe.streams.find((s) => s.codec_type === 'video' && s.width && s.height);
  if (!video?.width || !video.height) throw new AppError('MEDIA_INVALID', `"${opts.path}" is not an image FFmpeg can read.`, { file: opts.path, retryable: false });
  const passMime = PASSTHROUGH[video.codec_name ?? ''];
  if (passMime && Math.max(video.width, video.height) <= opts.maxSide && stat.size <= opts.maxBytes) {
    return { data: await fs.readFile(opts.path), mime: passMime, width: video.width, height: video.height, converted: false };
  }
  const alpha = ALPHA_FORMAT.test(video.pix_fmt ?? '');
  const ext = alpha ? 'png' : 'jpg';
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'adloom-img-'));
  try {
    let side = Math.min(opts.maxSide, Math.max(video.width, video.height));
    for (let step = 0; step < SHRINK_STEPS; step++) {
      const out = path.join(dir, `image-${step}.${ext}`);
      const scale = `scale=w='min(iw,${side})':h='min(ih,${side})':force_original_aspect_ratio=decrease:force_divisible_by=2`;
      const quality = alpha ? ['-compression_level', '9'] : ['-q:v', '3'];
      await runFfmpeg(bins.ffmpeg.path, ['-v', 'error', '-y', '-i', opts.path, '-frames:v', '1', '-vf', scale, ...quality, out], opts.signal);
      const data = await fs.readFile(out);
      if (data.length <= opts.maxBytes) {
        const facts = await ffprobe({ ffprobePath: bins.ffprobe.path, file: out });
        const s = facts.streams[0];
        return { data, mime: alpha ? 'image/png' : 'image/jpeg', width: s?.width ?? side, height: s?.height ?? side, converted: true };
      }
      side = Math.floor(side * 0.7);
    }
    throw new AppError('BAD_INPUT', `Image "${opts.path}" stays above ${opts.maxBytes} bytes even when scaled down; use a smaller image.`, {
      file: opts.path,
      retryable: false,
    });
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

export function toDataUri(image: Pick<PreparedImage, 'data' | 'mime'>): string {
  return `data:${image.mime};base64,${image.data.toString('base64')}`;
}

/** Length of the data URI a buffer would make, without building it. */
export function dataUriLength(image: Pick<PreparedImage, 'data' | 'mime'>): number {
  return `data:${image.mime};base64,`.length + Math.ceil(image.data.length / 3) * 4;
}
