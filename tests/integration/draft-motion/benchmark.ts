// Draft-motion benchmark (not a test): time to make one 5 s 1080p30 clip from a 4000x3000
// still, for the shipped path and for the alternatives that were considered.
//   node --import tsx tests/integration/draft-motion/benchmark.ts
// Wall time depends on what else runs; CPU seconds (ffmpeg's own -benchmark) do much less.
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { resolveFfmpegBinaries } from '../../../main/core/ffmpeg/binaries';
import { buildDraftMotionFilter } from '../../../main/core/render/draft-motion/build-filter';
import { makeDraftMotionClip } from '../../../main/core/render/draft-motion/make-clip';

const run = promisify(execFile);
const { ffmpeg, ffprobe } = resolveFfmpegBinaries();
const W = 1920;
const H = 1080;
const FPS = 30;
const SECONDS = 5;
const N = SECONDS * FPS;
const ZOOM = 1.15; // intensity 0.5 zoom-in

const cover = `scale=${W}:${H}:force_original_aspect_ratio=increase:flags=lanczos,crop=${W}:${H}`;
const p = `(on/${N - 1})`;
const zExpr = `(1+${ZOOM - 1}*${p}*${p}*(3-2*${p}))`;
const nExpr = `(n/${N - 1})`;
const sExpr = `(1+${ZOOM - 1}*${nExpr}*${nExpr}*(3-2*${nExpr}))`;

const alternatives: Record<string, string> = {
  'perspective (shipped)': buildDraftMotionFilter({ move: 'zoom-in', intensity: 0.5, durationMs: SECONDS * 1000, fps: FPS, width: W, height: H, framing: 'cover', sourceWidth: 4000, sourceHeight: 3000, inputLabel: '0:v' }),
  'zoompan at output size (naive)': `[0:v]${cover},zoompan=z='${zExpr}':x='iw/2-iw/zoom/2':y='ih/2-ih/zoom/2':d=${N}:s=${W}x${H}:fps=${FPS},format=yuv420p[out]`,
  'zoompan on a 4x upscale': `[0:v]scale=${W * 4}:${H * 4}:force_original_aspect_ratio=increase,crop=${W * 4}:${H * 4},format=yuv420p,zoompan=z='${zExpr}':x='iw/2-iw/zoom/2':y='ih/2-ih/zoom/2':d=${N}:s=${W}x${H}:fps=${FPS},format=yuv420p[out]`,
  'scale per frame + crop': `[0:v]${cover},format=yuv420p,loop=loop=${N - 1}:size=1:start=0,settb=1/${FPS},setpts=N,fps=${FPS},scale=w='${W}*${sExpr}':h='${H}*${sExpr}':eval=frame,crop=${W}:${H}:(iw-${W})/2:(ih-${H})/2[out]`,
};

interface Timing {
  wallS: number;
  cpuS: number | null;
}

async function timed(args: string[]): Promise<Timing> {
  const started = performance.now();
  const { stderr } = await run(ffmpeg.path, ['-hide_banner', '-benchmark', '-y', ...args], { maxBuffer: 64 * 1024 * 1024 });
  const wallS = (performance.now() - started) / 1000;
  const m = /bench: utime=([\d.]+)s stime=([\d.]+)s/.exec(stderr);
  return { wallS, cpuS: m ? Number(m[1]) + Number(m[2]) : null };
}

async function repeatedFrames(image: string, graph: string): Promise<number> {
  const { stdout } = await run(ffmpeg.path, ['-hide_banner', '-loglevel', 'error', '-i', image, '-filter_complex', graph, '-map', '[out]', '-f', 'framemd5', '-'], { maxBuffer: 64 * 1024 * 1024 });
  const hashes = stdout.split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split(',').pop()?.trim());
  return hashes.filter((h, i) => i > 0 && h === hashes[i - 1]).length;
}

const row = (name: string, t: Timing, extra = ''): string =>
  `${name.padEnd(34)} wall ${t.wallS.toFixed(2).padStart(6)} s  cpu ${t.cpuS === null ? '   ?' : t.cpuS.toFixed(2).padStart(6)} s  realtime ×${(SECONDS / t.wallS).toFixed(2)}${extra}`;

async function main(): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'adloom-draft-bench-'));
  try {
    const image = path.join(dir, 'photo.jpg');
    await run(ffmpeg.path, ['-hide_banner', '-loglevel', 'error', '-f', 'lavfi', '-i', 'mandelbrot=size=4000x3000,noise=alls=8:allf=t', '-frames:v', '1', '-q:v', '3', image]);
    console.log(`ffmpeg ${ffmpeg.path}, ${os.cpus().length} CPUs, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    console.log(`one ${SECONDS} s ${W}x${H} ${FPS} fps zoom-in clip from a 4000x3000 JPEG\n`);

    for (const preset of ['superfast', 'veryfast'] as const) {
      const started = performance.now();
      await makeDraftMotionClip({ ffmpegPath: ffmpeg.path, ffprobePath: ffprobe.path, image, out: path.join(dir, `clip-${preset}.mp4`), move: 'zoom-in', intensity: 0.5, durationMs: SECONDS * 1000, fps: FPS, width: W, height: H, framing: 'cover', preset });
      const size = (await fs.stat(path.join(dir, `clip-${preset}.mp4`))).size;
      console.log(row(`makeDraftMotionClip (${preset})`, { wallS: (performance.now() - started) / 1000, cpuS: null }, `  ${(size / 1e6).toFixed(1)} MB, incl. probe + check`));
    }
    console.log('');
    for (const [name, graph] of Object.entries(alternatives)) {
      const filterOnly = await timed(['-i', image, '-filter_complex', graph, '-map', '[out]', '-f', 'null', '-']);
      const encoded = await timed(['-i', image, '-filter_complex', graph, '-map', '[out]', '-c:v', 'libx264', '-preset', 'superfast', '-crf', '20', '-pix_fmt', 'yuv420p', path.join(dir, 'alt.mp4')]);
      const repeats = await repeatedFrames(image, graph);
      console.log(row(`${name} (filter only)`, filterOnly));
      console.log(row(`${name} (+ x264 superfast)`, encoded, `  repeated frames: ${repeats}/${N - 1}`));
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

await main();
