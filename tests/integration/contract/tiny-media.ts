import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface TinyMedia {
  /** 32x24 PNG. */
  png: string;
  /** 1 s 64x48 10 fps H.264 MP4 (faststart), enough to seek in. */
  mp4: string;
  /** 1 s mono 8 kHz WAV: a 440 Hz sine at half scale. */
  wav: string;
  /** 1 s 64x48 10 fps H.264 + AAC (440 Hz sine) MP4. */
  soundMp4: string;
}

async function make(file: string, args: string[]): Promise<void> {
  try {
    await fs.access(file);
  } catch {
    const temp = `${file}.${process.pid}.tmp${path.extname(file)}`;
    await run('ffmpeg', ['-hide_banner', '-nostdin', '-v', 'error', '-y', ...args, temp]);
    await fs.rename(temp, file);
  }
}

/** Generated with the real ffmpeg once per machine, in the temp folder (never committed). */
export async function tinyMedia(): Promise<TinyMedia> {
  const dir = path.join(os.tmpdir(), 'adloom-contract-fixtures', 'v1');
  await fs.mkdir(dir, { recursive: true });
  const media = { png: path.join(dir, 'still.png'), mp4: path.join(dir, 'clip.mp4'), wav: path.join(dir, 'tone.wav'), soundMp4: path.join(dir, 'talking.mp4') };
  await make(media.png, ['-f', 'lavfi', '-i', 'testsrc=size=32x24:rate=1', '-frames:v', '1']);
  await make(media.mp4, ['-f', 'lavfi', '-i', 'testsrc=size=64x48:rate=10', '-t', '1', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-g', '5', '-movflags', '+faststart']);
  await make(media.wav, ['-f', 'lavfi', '-i', 'aevalsrc=0.5*sin(440*2*PI*t):s=8000:d=1', '-ac', '1', '-c:a', 'pcm_s16le']);
  await make(media.soundMp4, [
    '-f', 'lavfi', '-i', 'testsrc=size=64x48:rate=10', '-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=8000',
    '-t', '1', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-g', '5', '-c:a', 'aac', '-shortest', '-movflags', '+faststart',
  ]);
  return media;
}
