import path from 'node:path';
import type { CameraMove, Easing, Framing } from '../../../../preload/contract/project/primitives';
import { ffprobe } from '../../ffmpeg/ffprobe';
import { rotatedSize, rotationFromProbe } from '../../media/rotation';
import type { ProgressEvent } from '../../ffmpeg/progress-parser';
import { AppError } from '../../shared/app-error';
import { exportToFile } from '../run/export-file';
import type { ExportResult } from '../run/export-file';
import { buildDraftMotionFilter, draftMotionFrameCount } from './build-filter';

export interface DraftMotionClipOptions {
  ffmpegPath: string;
  ffprobePath: string;
  /** The still (PNG, JPEG, WebP…); ffmpeg applies its EXIF orientation. */
  image: string;
  /** The .mp4 to write (atomically). */
  out: string;
  move: CameraMove;
  intensity: number;
  easing?: Easing;
  durationMs: number;
  fps: number;
  width: number;
  height: number;
  framing: Framing;
  background?: string;
  /** x264 quality; 20 is visually clean for a draft that may be re-encoded by the export. */
  crf?: number;
  /**
   * x264 speed. 'superfast' by default: measured on 2 cores it is ~1.7 CPU-s cheaper per 5 s of
   * 1080p than 'veryfast' (bigger file, same CRF quality), which is most of the gap to real time.
   */
  preset?: 'ultrafast' | 'superfast' | 'veryfast' | 'faster' | 'fast' | 'medium';
  signal?: AbortSignal;
  onProgress?: (event: ProgressEvent) => void;
}

async function stillSize(ffprobePath: string, image: string, signal: AbortSignal | undefined): Promise<{ width: number; height: number }> {
  const probe = await ffprobe({ ffprobePath, file: image, ...(signal ? { signal } : {}) }).catch((err: unknown) => {
    // An abort kills ffprobe, which then looks like an unreadable file.
    throw signal?.aborted ? new AppError('CANCELLED', `Draft motion for ${image} was cancelled.`, { file: image }, { cause: err }) : err;
  });
  const video = probe.streams.find((s) => s.codec_type === 'video');
  if (!video?.width || !video.height) {
    throw new AppError('MEDIA_INVALID', `${image}: not a picture ffmpeg can read (no image stream).`, { file: image });
  }
  // ffmpeg turns the picture upright (EXIF orientation) before the filter sees it.
  return rotatedSize(video.width, video.height, rotationFromProbe(video.side_data_list, video.tags));
}

export interface DraftMotionArgsOptions {
  image: string;
  /** From buildDraftMotionFilter with inputLabel '0:v' and outputLabel 'out'. */
  graph: string;
  output: string;
  crf?: number;
  preset?: DraftMotionClipOptions['preset'];
}

/** The ffmpeg arguments (after runFfmpeg's leading flags) that encode one draft-motion clip. */
export function draftMotionArgs({ image, graph, output, crf = 20, preset = 'superfast' }: DraftMotionArgsOptions): string[] {
  return [
    '-i', path.resolve(image),
    '-filter_complex', graph,
    '-map', '[out]',
    '-an',
    '-c:v', 'libx264', '-preset', preset, '-crf', String(crf),
    '-profile:v', 'high', '-pix_fmt', 'yuv420p',
    '-movflags', '+faststart',
    output,
  ];
}

/**
 * Encodes a still into an H.264 clip with a smooth camera move: the free, offline draft
 * provider. The clip has exactly round(durationMs·fps/1000) frames and is checked with ffprobe
 * before it appears at `out`.
 */
export async function makeDraftMotionClip(options: DraftMotionClipOptions): Promise<ExportResult> {
  const { ffmpegPath, ffprobePath, image, out, signal, onProgress } = options;
  const source = await stillSize(ffprobePath, image, signal);
  const frames = draftMotionFrameCount(options.durationMs, options.fps);
  // Built before anything is written, so bad options fail without touching the disk.
  const graph = buildDraftMotionFilter({
    move: options.move,
    intensity: options.intensity,
    easing: options.easing ?? 'ease-in-out',
    durationMs: options.durationMs,
    fps: options.fps,
    width: options.width,
    height: options.height,
    framing: options.framing,
    sourceWidth: source.width,
    sourceHeight: source.height,
    ...(options.background !== undefined ? { background: options.background } : {}),
    inputLabel: '0:v',
    outputLabel: 'out',
  });
  return exportToFile({
    ffmpegPath,
    ffprobePath,
    target: out,
    buildArgs: (output) =>
      draftMotionArgs({ image, graph, output, ...(options.crf !== undefined ? { crf: options.crf } : {}), ...(options.preset ? { preset: options.preset } : {}) }),
    expected: { durationMs: (frames * 1000) / options.fps, fps: options.fps, width: options.width, height: options.height, hasAudio: false },
    ...(signal ? { signal } : {}),
    ...(onProgress ? { onProgress } : {}),
  });
}
