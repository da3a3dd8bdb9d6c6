import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll } from 'vitest';
import { ProjectDocument, type ProjectDocumentInput } from '../../../preload/contract/project';
import { resolveFfmpegBinaries } from '../../../main/core/ffmpeg/binaries';
import type { RenderPreset } from '../../../main/core/render/plan/frame-size';
import type { MediaResolver } from '../../../main/core/render/plan/render-plan';
import { renderProject, type RenderProjectResult } from '../../../main/core/render/render-project';
import { resolverFor as probedResolver } from './media-resolver';

const run = promisify(execFile);
export const FONTS_DIR = path.resolve(import.meta.dirname, '../../../resources/fonts');
export const { ffmpeg: FFMPEG, ffprobe: FFPROBE } = resolveFfmpegBinaries();

const made: string[] = [];
afterAll(async () => {
  for (const dir of made.splice(0)) await fs.rm(dir, { recursive: true, force: true });
});

export async function tempDir(name = 'adloom-render-'): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), name));
  made.push(dir);
  return dir;
}

export async function ffmpeg(args: string[]): Promise<string> {
  const { stderr } = await run(FFMPEG.path, ['-hide_banner', '-nostdin', '-y', ...args], { maxBuffer: 64 * 1024 * 1024 });
  return stderr;
}

/** A resolver over probed fixture files. */
export function resolverFor(files: string[]): Promise<MediaResolver> {
  return probedResolver({ ffprobePath: FFPROBE.path, files });
}

export const TINY: RenderPreset = { frameSize: { width: 320, height: 180 } };

export async function render({ input, media, dir, preset = TINY, workDirParent, fontsDir = FONTS_DIR }: { input: ProjectDocumentInput; media: MediaResolver; dir: string; preset?: RenderPreset; workDirParent?: string; fontsDir?: string }): Promise<RenderProjectResult> {
  return renderProject({
    document: ProjectDocument.parse(input),
    media,
    preset,
    ffmpegPath: FFMPEG.path,
    ffprobePath: FFPROBE.path,
    fontsDir,
    target: path.join(dir, `out-${Math.random().toString(16).slice(2)}.mp4`),
    ...(workDirParent ? { workDirParent } : {}),
  });
}

/** Frame `index` (decoded in order, so exact) as raw RGB, optionally cropped first. */
export async function frameRgb(file: string, index: number, crop?: { x: number; y: number; w: number; h: number }): Promise<Buffer> {
  const filters = [`select=eq(n\\,${index})`, ...(crop ? [`crop=${crop.w}:${crop.h}:${crop.x}:${crop.y}`] : [])];
  const { stdout } = await run(FFMPEG.path, ['-v', 'error', '-i', file, '-vf', filters.join(','), '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'], {
    encoding: 'buffer',
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

/** Average colour of frame `index` (or of a region of it). */
export async function frameColor(file: string, index: number, crop?: { x: number; y: number; w: number; h: number }): Promise<[number, number, number]> {
  const rgb = await frameRgb(file, index, crop);
  const sum = [0, 0, 0];
  for (let i = 0; i < rgb.length; i++) (sum[i % 3] as number) += rgb[i] as number;
  const n = rgb.length / 3;
  return sum.map((s) => Math.round(s / n)) as [number, number, number];
}

export function near(actual: readonly number[], expected: readonly number[], tolerance = 16): boolean {
  return actual.every((v, i) => Math.abs(v - (expected[i] ?? 0)) <= tolerance);
}

/** Integrated loudness (LUFS) from ffmpeg's ebur128 summary. */
export async function integratedLoudness(file: string): Promise<number> {
  const stderr = await ffmpeg(['-nostats', '-i', file, '-map', '0:a', '-af', 'ebur128', '-f', 'null', '-']);
  const summary = stderr.slice(stderr.lastIndexOf('Summary:'));
  const match = /I:\s+(-?[\d.]+) LUFS/.exec(summary);
  if (!match) throw new Error(`no integrated loudness in ebur128 output: ${summary.slice(0, 300)}`);
  return Number(match[1]);
}

/** Top-level MP4 box types in file order. */
export async function topLevelBoxes(file: string): Promise<string[]> {
  const data = await fs.readFile(file);
  const boxes: string[] = [];
  let at = 0;
  while (at + 8 <= data.length) {
    let size = data.readUInt32BE(at);
    const type = data.toString('latin1', at + 4, at + 8);
    if (size === 1) size = Number(data.readBigUInt64BE(at + 8));
    if (size === 0) size = data.length - at;
    boxes.push(type);
    if (size < 8) break;
    at += size;
  }
  return boxes;
}

export interface StreamFacts {
  video: Record<string, unknown>;
  audio: Record<string, unknown> | undefined;
  durationS: number;
}

export async function probeOutput(file: string): Promise<StreamFacts> {
  const { stdout } = await run(FFPROBE.path, ['-v', 'error', '-print_format', 'json', '-show_streams', '-show_format', file]);
  const json = JSON.parse(stdout) as { streams: Array<Record<string, unknown>>; format: { duration: string } };
  const video = json.streams.find((s) => s.codec_type === 'video');
  if (!video) throw new Error(`${file} has no video stream`);
  return { video, audio: json.streams.find((s) => s.codec_type === 'audio'), durationS: Number(json.format.duration) };
}
