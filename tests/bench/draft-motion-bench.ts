// Time to make one 5 s 1080p draft-motion clip (the free local provider) with the product's
// default settings, and its realtime factor. Alternatives that were measured while choosing the
// filter live in tests/integration/draft-motion/benchmark.ts.
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { resolveFfmpegBinaries } from '../../main/core/ffmpeg/binaries';
import { makeDraftMotionClip } from '../../main/core/render/draft-motion/make-clip';

const run = promisify(execFile);

export interface DraftMotionBenchResult {
  seconds: number;
  realtimeFactor: number;
}

export async function runDraftMotionBench(log: (line: string) => void = console.log): Promise<DraftMotionBenchResult> {
  const { ffmpeg, ffprobe } = resolveFfmpegBinaries();
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'adloom-bench-draft-'));
  try {
    const image = path.join(dir, 'photo.jpg');
    // A detailed, noisy 12-megapixel photo: flat test images encode unrealistically fast.
    await run(ffmpeg.path, ['-hide_banner', '-loglevel', 'error', '-f', 'lavfi', '-i', 'mandelbrot=size=4000x3000,noise=alls=8:allf=t', '-frames:v', '1', '-q:v', '3', image]);
    const started = performance.now();
    await makeDraftMotionClip({ ffmpegPath: ffmpeg.path, ffprobePath: ffprobe.path, image, out: path.join(dir, 'clip.mp4'), move: 'zoom-in', intensity: 0.5, durationMs: 5000, fps: 30, width: 1920, height: 1080, framing: 'cover' });
    const seconds = (performance.now() - started) / 1000;
    const realtimeFactor = 5 / seconds;
    log(`draft motion: one 5 s 1920x1080 30 fps clip from a 4000x3000 JPEG in ${seconds.toFixed(2)} s — ${realtimeFactor.toFixed(2)}× realtime (${os.cpus().length} cores)`);
    return { seconds, realtimeFactor };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
