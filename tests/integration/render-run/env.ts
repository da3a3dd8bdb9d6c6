import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll } from 'vitest';
import { resolveFfmpegBinaries } from '../../../main/core/ffmpeg/binaries';

export { testEncodeArgs } from './encode-args';

const run = promisify(execFile);

// Temp dirs made by the importing test file, removed when that file's tests are done.
const made: string[] = [];
afterAll(async () => {
  for (const dir of made.splice(0)) await fs.rm(dir, { recursive: true, force: true });
});

/** The real binaries, resolved the way the app does. */
export function binaries(): { ffmpegPath: string; ffprobePath: string } {
  const { ffmpeg, ffprobe } = resolveFfmpegBinaries();
  return { ffmpegPath: ffmpeg.path, ffprobePath: ffprobe.path };
}

export async function tempDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'adloom-render-run-'));
  made.push(dir);
  return dir;
}

/** Files in dir, sorted, so a test sees temp leftovers. */
export async function listDir(dir: string): Promise<string[]> {
  return (await fs.readdir(dir)).sort();
}

export async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(() => true, () => false);
}

/** Resolves once `check` holds (polling), or rejects after timeoutMs. */
export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('waitFor: condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function makeFifo(file: string): Promise<void> {
  await run('mkfifo', [file]);
}
