import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { resolveFfmpegBinaries } from '../../../main/core/ffmpeg/binaries';

const run = promisify(execFile);
// Not from render-env: that module registers vitest hooks, and this one also serves plain scripts.
const FFMPEG = resolveFfmpegBinaries().ffmpeg;

export type Rgb = readonly [number, number, number];

export interface DecodedVideo {
  width: number;
  height: number;
  /** Every frame in decode order, as packed RGB (3 bytes a pixel). */
  frames: Buffer[];
}

/** Every frame of the file's video stream, decoded in order, none dropped or repeated. */
export async function decodeAllFrames(file: string, size: { width: number; height: number }): Promise<DecodedVideo> {
  const { stdout } = await run(FFMPEG.path, ['-v', 'error', '-i', file, '-map', '0:v:0', '-fps_mode', 'passthrough', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'], {
    encoding: 'buffer',
    maxBuffer: 256 * 1024 * 1024,
  });
  const bytes = size.width * size.height * 3;
  if (stdout.length % bytes !== 0) throw new Error(`${file}: ${stdout.length} bytes of RGB is not a whole number of ${size.width}x${size.height} frames`);
  const frames: Buffer[] = [];
  for (let at = 0; at < stdout.length; at += bytes) frames.push(stdout.subarray(at, at + bytes));
  return { width: size.width, height: size.height, frames };
}

export function pixelAt(video: DecodedVideo, frame: Buffer, at: { x: number; y: number }): Rgb {
  const i = (at.y * video.width + at.x) * 3;
  return [frame[i] ?? 0, frame[i + 1] ?? 0, frame[i + 2] ?? 0];
}

/**
 * BT.601 luma. 4:2:0 keeps luma at full resolution and halves chroma, so an edge measured on
 * luma is exact to the pixel where one measured on RGB can smear by a chroma sample.
 */
export function luma([r, g, b]: Rgb): number {
  return 0.299 * r + 0.587 * g + 0.114 * b;
}

/** True when every pixel of the frame is within `tolerance` (per channel) of `colour`. */
export function isSolid(frame: Buffer, colour: Rgb, tolerance = 24): boolean {
  for (let i = 0; i < frame.length; i += 3) {
    for (let c = 0; c < 3; c++) if (Math.abs((frame[i + c] ?? 0) - (colour[c] ?? 0)) > tolerance) return false;
  }
  return true;
}

/**
 * True when two frames show the same picture: no channel differs by more than `tolerance` (the
 * encoder may code a repeated picture with slightly different noise, so bytes can differ).
 */
export function samePicture(a: Buffer, b: Buffer, tolerance = 8): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (Math.abs((a[i] ?? 0) - (b[i] ?? 0)) > tolerance) return false;
  return true;
}

/** The middle row (left to right) or the middle column (top to bottom) of a frame. */
export function middleLine(video: DecodedVideo, frame: Buffer, axis: 'row' | 'column'): Rgb[] {
  if (axis === 'row') return Array.from({ length: video.width }, (_, x) => pixelAt(video, frame, { x, y: video.height >> 1 }));
  return Array.from({ length: video.height }, (_, y) => pixelAt(video, frame, { x: video.width >> 1, y }));
}

/**
 * Where the incoming colour starts along a line of pixels: the first index from which every
 * pixel to the end is nearer the incoming colour's luma than the outgoing one's (the line's
 * length when none is).
 */
export function incomingFrom(line: readonly Rgb[], { incoming, outgoing }: { incoming: Rgb; outgoing: Rgb }): number {
  const isIncoming = (p: Rgb): boolean => Math.abs(luma(p) - luma(incoming)) < Math.abs(luma(p) - luma(outgoing));
  let from = line.length;
  while (from > 0 && isIncoming(line[from - 1] as Rgb)) from--;
  return from;
}

/** How far the centre of the frame has gone from `from` towards `to`, 0..1 (by projection in RGB). */
export function mixAt(video: DecodedVideo, frame: Buffer, { from, to }: { from: Rgb; to: Rgb }): number {
  const p = pixelAt(video, frame, { x: video.width >> 1, y: video.height >> 1 });
  const d = [0, 1, 2].map((c) => (to[c] ?? 0) - (from[c] ?? 0));
  const dot = [0, 1, 2].reduce((sum, c) => sum + ((p[c] ?? 0) - (from[c] ?? 0)) * (d[c] ?? 0), 0);
  return dot / d.reduce((sum, v) => sum + v * v, 0);
}
