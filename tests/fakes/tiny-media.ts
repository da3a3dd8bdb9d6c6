import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { resolveFfmpegBinaries } from '../../main/core/ffmpeg/binaries';

/**
 * Real (tiny) media made once per test process with FFmpeg lavfi sources, so fakes return
 * files that ffprobe accepts, and tests get input images of any size without fixtures on disk.
 */
let dirPromise: Promise<string> | null = null;
const cache = new Map<string, Promise<Buffer>>();

function mediaDir(): Promise<string> {
  dirPromise ??= fs.mkdtemp(path.join(os.tmpdir(), 'adloom-fake-media-'));
  return dirPromise;
}

export function runFfmpeg(args: string[]): Promise<void> {
  const { ffmpeg } = resolveFfmpegBinaries();
  return new Promise((resolve, reject) => {
    execFile(ffmpeg.path, ['-v', 'error', '-y', ...args], (err, _out, stderr) => (err ? reject(new Error(`ffmpeg ${args.join(' ')}: ${stderr}`)) : resolve()));
  });
}

function cached(name: string, args: (out: string) => string[]): Promise<Buffer> {
  let p = cache.get(name);
  if (!p) {
    p = (async () => {
      const out = path.join(await mediaDir(), name);
      await runFfmpeg(args(out));
      return fs.readFile(out);
    })();
    cache.set(name, p);
  }
  return p;
}

/** 1 s, 64×36, H.264 MP4 with +faststart (what video providers return, in miniature). */
export function tinyMp4(): Promise<Buffer> {
  return cached('tiny.mp4', (out) => ['-f', 'lavfi', '-i', 'testsrc=size=64x36:rate=12:duration=1', '-pix_fmt', 'yuv420p', '-c:v', 'libx264', '-preset', 'ultrafast', '-movflags', '+faststart', out]);
}

/** 64×64 PNG (what text-to-image returns). */
export function tinyPng(): Promise<Buffer> {
  return cached('tiny.png', (out) => ['-f', 'lavfi', '-i', 'testsrc=size=64x64', '-frames:v', '1', out]);
}

/** An MP3 of about `seconds` (rounded to 0.1 s), mono 44.1 kHz. */
export function mp3OfDuration(seconds: number): Promise<Buffer> {
  const d = Math.max(0.1, Math.round(seconds * 10) / 10);
  return cached(`tone-${d}.mp3`, (out) => ['-f', 'lavfi', '-i', `sine=frequency=440:sample_rate=44100:duration=${d}`, '-ac', '1', '-c:a', 'libmp3lame', '-b:a', '32k', out]);
}

export interface TestImageOptions {
  dir: string;
  name: string;
  width: number;
  height: number;
  alpha?: boolean;
}

/** A test-pattern still at the given size; the extension (.png/.jpg/.webp) picks the codec. */
export async function makeTestImage(opts: TestImageOptions): Promise<string> {
  const out = path.join(opts.dir, opts.name);
  const format = opts.alpha ? ['-vf', 'format=rgba'] : [];
  await runFfmpeg(['-f', 'lavfi', '-i', `testsrc2=size=${opts.width}x${opts.height}`, '-frames:v', '1', ...format, out]);
  return out;
}
