import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { resolveFfmpegBinaries } from '../../../main/core/ffmpeg/binaries';

// Data dirs made by the importing test file, removed when that file's tests are done.
const made: string[] = [];
afterAll(async () => {
  for (const dir of made.splice(0)) await fs.rm(dir, { recursive: true, force: true });
});

/** The real binaries, resolved the way the app does (ADLOOM_FFMPEG/ADLOOM_FFPROBE, bundled, PATH). */
export function binaries(): { ffmpegPath: string; ffprobePath: string } {
  const { ffmpeg, ffprobe } = resolveFfmpegBinaries();
  return { ffmpegPath: ffmpeg.path, ffprobePath: ffprobe.path };
}

export async function tempDataDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'adloom-media-test-'));
  made.push(dir);
  return dir;
}

/** Every file under media/ (and thumbs/), so a test can see stray temp files. */
export async function listMediaFiles(dataDir: string): Promise<{ media: string[]; thumbs: string[] }> {
  const media = (await fs.readdir(path.join(dataDir, 'media'), { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name).sort();
  const thumbs = await fs.readdir(path.join(dataDir, 'media', 'thumbs')).catch(() => [] as string[]);
  return { media, thumbs: thumbs.sort() };
}
