import fs from 'node:fs/promises';
import type { FfmpegBinaries } from '../core/ffmpeg/binaries';
import { exportToFile } from '../core/render/run/export-file';
import { AppError } from '../core/shared/app-error';

/** A time range of the timeline, as render.preview takes it. */
export interface PreviewRange {
  startMs?: number | undefined;
  endMs?: number | undefined;
}

export interface RenderedFile {
  path: string;
  width: number;
  height: number;
  durationMs: number;
}

const seconds = (ms: number): string => (ms / 1000).toFixed(3);

/** The part of [0, durationMs) a range asks for; BAD_INPUT when it starts past the end. */
export function clampRange(range: PreviewRange, durationMs: number): { startMs: number; endMs: number } {
  const startMs = range.startMs ?? 0;
  const endMs = Math.min(range.endMs ?? durationMs, durationMs);
  if (startMs >= endMs) {
    throw new AppError('BAD_INPUT', `render.preview: startMs ${startMs} is at or past the end of the project (${durationMs} ms)`, { path: ['startMs'], durationMs });
  }
  return { startMs, endMs };
}

/**
 * Cuts [startMs, endMs) out of a full proxy render into `target` (re-encoded, so the cut is
 * frame-exact; at proxy size that takes a fraction of the render), then removes the full render.
 */
export async function cutPreviewRange(args: { full: RenderedFile; target: string; range: PreviewRange; fps: number; binaries: FfmpegBinaries; signal: AbortSignal }): Promise<RenderedFile> {
  const { full, target, fps, binaries, signal } = args;
  try {
    const { startMs, endMs } = clampRange(args.range, full.durationMs);
    const durationMs = endMs - startMs;
    const done = await exportToFile({
      ffmpegPath: binaries.ffmpeg.path,
      ffprobePath: binaries.ffprobe.path,
      buildArgs: (out) => [
        '-ss', seconds(startMs), '-i', full.path, '-t', seconds(durationMs), '-map', '0:v:0', '-map', '0:a:0',
        '-c:v', 'libx264', '-preset', 'veryfast', '-crf', '23', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-b:a', '128k', '-movflags', '+faststart', out,
      ],
      target,
      expected: { durationMs, fps, width: full.width, height: full.height, hasAudio: true },
      signal,
    });
    return { path: done.path, width: full.width, height: full.height, durationMs: done.durationMs };
  } finally {
    await fs.rm(full.path, { force: true });
  }
}
