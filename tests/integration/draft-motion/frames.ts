import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Makes a still with ffmpeg's lavfi sources (e.g. testsrc2 plus noise: detail everywhere). */
export async function makeStill({ ffmpegPath, source, out }: { ffmpegPath: string; source: string; out: string }): Promise<void> {
  await run(ffmpegPath, ['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', source, '-frames:v', '1', out]);
}

/**
 * Decodes every frame of a filter graph's [out] (or of a file, with graph null) as raw pixels.
 * Graphs are read BEFORE any encoder, so what is measured is the motion itself.
 */
export async function rawFrames({ ffmpegPath, input, graph, width, height, pixFmt = 'gray' }: {
  ffmpegPath: string;
  input: string;
  graph: string | null;
  width: number;
  height: number;
  pixFmt?: 'gray' | 'rgb24';
}): Promise<Buffer[]> {
  const mapping = graph === null ? [] : ['-filter_complex', graph, '-map', '[out]'];
  const { stdout } = await run(ffmpegPath, ['-hide_banner', '-loglevel', 'error', '-i', input, ...mapping, '-pix_fmt', pixFmt, '-f', 'rawvideo', 'pipe:1'], {
    encoding: 'buffer',
    maxBuffer: 512 * 1024 * 1024,
  });
  const size = width * height * (pixFmt === 'gray' ? 1 : 3);
  const frames: Buffer[] = [];
  for (let i = 0; i + size <= stdout.length; i += size) frames.push(stdout.subarray(i, i + size));
  return frames;
}

/** Mean absolute difference between each frame and the next: how much the picture moved. */
export function frameDifferences(frames: Buffer[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < frames.length; i++) {
    const a = frames[i - 1];
    const b = frames[i];
    if (!a || !b) continue;
    let sum = 0;
    for (let j = 0; j < a.length; j++) sum += Math.abs((a[j] ?? 0) - (b[j] ?? 0));
    out.push(sum / a.length);
  }
  return out;
}

export function repeatedFrames(frames: Buffer[]): number {
  let n = 0;
  for (let i = 1; i < frames.length; i++) if (frames[i]?.equals(frames[i - 1] ?? Buffer.alloc(0))) n += 1;
  return n;
}

/**
 * How unevenly the picture moves: mean change between neighbouring frame differences, relative
 * to the median difference. A steady move is near 0; integer-snapped windows alternate between
 * "no change" and "a whole pixel" and score far higher.
 */
export function judder(differences: number[]): number {
  const sorted = [...differences].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  if (median === 0) return Number.POSITIVE_INFINITY;
  let total = 0;
  for (let i = 1; i < differences.length; i++) total += Math.abs((differences[i] ?? 0) - (differences[i - 1] ?? 0));
  return total / (differences.length - 1) / median;
}

/** Mean of one channel over a rectangle of an rgb24 frame. */
export function meanRgb(frame: Buffer, width: number, rect: { x: number; y: number; w: number; h: number }): [number, number, number] {
  const sum = [0, 0, 0];
  for (let y = rect.y; y < rect.y + rect.h; y++) {
    for (let x = rect.x; x < rect.x + rect.w; x++) {
      for (let c = 0; c < 3; c++) sum[c] = (sum[c] ?? 0) + (frame[(y * width + x) * 3 + c] ?? 0);
    }
  }
  const n = rect.w * rect.h;
  return [Math.round((sum[0] ?? 0) / n), Math.round((sum[1] ?? 0) / n), Math.round((sum[2] ?? 0) / n)];
}
