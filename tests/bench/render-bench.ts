import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ProjectDocument, frameSize, type ProjectDocumentInput } from '../../preload/contract/project';
import { computeTimeline } from '../../preload/contract/layout';
import { resolveFfmpegBinaries } from '../../main/core/ffmpeg/binaries';
import { EXPORT_ENCODER } from '../../main/core/render/args/encoder-settings';
import { renderProject } from '../../main/core/render/render-project';
import { resolverFor } from '../integration/render/media-resolver';

const run = promisify(execFile);
const FONTS_DIR = path.resolve(import.meta.dirname, '../../resources/fonts');
const CLIP_MS = 5000;
const TRANSITION_MS = 500;

interface Fixtures {
  clips: string[];
  music: string;
  voice: string;
}

/**
 * 'textured' adds temporal grain to the test pattern, which encodes like camera or generated
 * footage; 'flat' is the bare pattern (large flat colour areas), unusually cheap to encode, so
 * the fixed costs of cards and transitions weigh more against it.
 */
export type BenchContent = 'textured' | 'flat';

/** Four distinct 5 s 1280x720 24 fps clips with sound, 30 s of music, 6 s of "voice". */
export async function makeFixtures({ ffmpegPath, dir, content }: { ffmpegPath: string; dir: string; content: BenchContent }): Promise<Fixtures> {
  const ff = (args: string[]): Promise<unknown> => run(ffmpegPath, ['-hide_banner', '-nostdin', '-v', 'error', '-y', ...args]);
  const clips = [0, 1, 2, 3].map((i) => path.join(dir, `clip${i}.mp4`));
  for (const [i, clip] of clips.entries()) {
    const grain = content === 'textured' ? ',noise=alls=6:allf=t' : '';
    const video = `testsrc2=s=1280x720:r=24:d=5,hue=h=${90 * i}${grain}`;
    await ff(['-f', 'lavfi', '-i', video, '-f', 'lavfi', '-i', `sine=f=${220 + 110 * i}:r=44100:d=5`, '-c:v', 'libx264', '-preset', 'veryfast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', clip]);
  }
  const music = path.join(dir, 'music.m4a');
  await ff(['-f', 'lavfi', '-i', 'sine=f=220:r=44100:d=30', '-f', 'lavfi', '-i', 'sine=f=277:r=44100:d=30', '-filter_complex', 'amix=inputs=2,volume=0.5', '-c:a', 'aac', music]);
  const voice = path.join(dir, 'voice.m4a');
  await ff(['-f', 'lavfi', '-i', "anoisesrc=d=6:c=pink:a=0.3,volume='if(lt(mod(t,1),0.7),1,0.1)':eval=frame", '-ac', '1', '-c:a', 'aac', voice]);
  return { clips, music, voice };
}

/** The reference ad: intro card, N clips with crossfades, outro card, two text overlays, music and voice-over. */
export function referenceAd({ clips, music, voice }: Fixtures, clipCount: number): ProjectDocument {
  const xf = { kind: 'crossfade' as const, durationMs: TRANSITION_MS };
  const input: ProjectDocumentInput = {
    schemaVersion: 1,
    settings: { name: 'Render benchmark', aspect: '16:9', resolution: '1080p', fps: 30 },
    tracks: {
      video: [
        { id: 'intro', type: 'card', role: 'intro', durationMs: 2000, title: 'Meet the Nimbus 2', subtitle: 'Lighter. Faster. Yours.', background: { kind: 'gradient', from: '#ff5a36', to: '#1f2937', angleDeg: 135 } },
        ...Array.from({ length: clipCount }, (_, i) => ({ id: `clip${i}`, type: 'clip' as const, media: { path: clips[i % clips.length] as string }, inMs: 0, outMs: CLIP_MS, transitionIn: xf })),
        { id: 'outro', type: 'card', role: 'outro', durationMs: 2000, title: 'Shop now', subtitle: 'nimbus.example.com', transitionIn: xf },
      ],
      overlay: [
        { id: 'offer', type: 'text', startMs: 2500, durationMs: 4000, text: 'Free shipping on all orders', position: 'bottom' },
        { id: 'rating', type: 'text', startMs: 9000, durationMs: 4000, text: 'Rated 4.9/5 by 10,000 runners', position: 'top', style: { box: { color: '#00000099', padding: 20 } } },
      ],
      music: [{ id: 'music', media: { path: music }, volume: 0.6 }],
      voiceover: [{ id: 'voice', media: { path: voice }, startMs: 3000 }],
    },
  };
  return ProjectDocument.parse(input);
}

/**
 * "The limit": one FFmpeg that decodes the same clips, scales them to the output size once
 * (as any export must), repeats the last frame to the same output duration and encodes with
 * the same encoder settings. No cards, text, transitions or audio.
 */
export function limitArgs({ clipFiles, width, height, fps, durationMs, output }: { clipFiles: string[]; width: number; height: number; fps: number; durationMs: number; output: string }): string[] {
  const inputs = clipFiles.flatMap((file) => ['-t', String(CLIP_MS / 1000), '-i', file]);
  const scaled = clipFiles.map((_, i) => `[${i}:v]scale=${width}:${height}:flags=bicubic,setsar=1[s${i}]`);
  const clipsMs = clipFiles.length * CLIP_MS;
  const pad = Math.max(0, durationMs - clipsMs) / 1000;
  const graph = `${scaled.join(';')};${clipFiles.map((_, i) => `[s${i}]`).join('')}concat=n=${clipFiles.length}:v=1:a=0,fps=${fps},tpad=stop_mode=clone:stop_duration=${pad}[v]`;
  return ['-hide_banner', '-nostdin', '-v', 'error', '-y', ...inputs, '-filter_complex', graph, '-map', '[v]', ...EXPORT_ENCODER.video, '-an', '-t', String(durationMs / 1000), output];
}

/** CPU seconds used by this process's finished children (Linux /proc); null elsewhere. */
async function childCpuSeconds(): Promise<number | null> {
  try {
    const stat = await fs.readFile('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 of /proc/<pid>/stat (cutime, cstime), counted from field 3 here; clock ticks of 1/100 s.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

async function timed(work: () => Promise<unknown>): Promise<{ wallS: number; cpuS: number | null }> {
  const cpu0 = await childCpuSeconds();
  const t0 = performance.now();
  await work();
  const wallS = (performance.now() - t0) / 1000;
  const cpu1 = await childCpuSeconds();
  return { wallS, cpuS: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0 };
}

function spawnChecked(file: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`limit command failed (${code}): ${stderr.slice(-500)}`))));
  });
}

export interface BenchRow {
  clips: number;
  outputS: number;
  oursWallS: number;
  limitWallS: number;
  ratio: number;
  oursCpuS: number | null;
  limitCpuS: number | null;
  cpuRatio: number | null;
  /** Seconds of video rendered per second of wall time. */
  realtime: number;
}

export interface BenchOptions {
  clipCounts?: number[];
  /** Each side runs this many times, alternating; the fastest run of each counts (noise on a shared machine only ever slows a run down). */
  repeats?: number;
  content?: BenchContent;
  log?: (line: string) => void;
}

const fmt = (n: number | null, digits = 2): string => (n === null ? 'n/a' : n.toFixed(digits));

/**
 * Renders the reference ad at 1080p through renderProject and compares it with the limit
 * command, for 4, 8 and 16 clips (the four fixture clips are cycled). Prints one line per size.
 */
export async function runRenderBench({ clipCounts = [4, 8, 16], repeats = 1, content = 'textured', log = console.log }: BenchOptions = {}): Promise<BenchRow[]> {
  const { ffmpeg, ffprobe } = resolveFfmpegBinaries();
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'adloom-render-bench-'));
  try {
    const fixtures = await makeFixtures({ ffmpegPath: ffmpeg.path, dir, content });
    const media = await resolverFor({ ffprobePath: ffprobe.path, files: [...fixtures.clips, fixtures.music, fixtures.voice] });
    const rows: BenchRow[] = [];
    log(`${content} fixtures, 1920x1080 30 fps, ${EXPORT_ENCODER.video.join(' ')}`);
    log(`clips | output s | ours s | limit s | ratio | ours cpu s | limit cpu s | cpu ratio | realtime x`);
    for (const clipCount of clipCounts) {
      const document = referenceAd(fixtures, clipCount);
      const durationMs = computeTimeline(document).totalMs;
      const { width, height } = frameSize('16:9', '1080p');
      const clipFiles = document.tracks.video.flatMap((item) => (item.type === 'clip' && 'path' in item.media ? [item.media.path] : []));
      const ours: Array<{ wallS: number; cpuS: number | null }> = [];
      const limit: Array<{ wallS: number; cpuS: number | null }> = [];
      for (let r = 0; r < repeats; r++) {
        ours.push(await timed(() => renderProject({ document, media, ffmpegPath: ffmpeg.path, ffprobePath: ffprobe.path, fontsDir: FONTS_DIR, target: path.join(dir, `ours-${clipCount}.mp4`) })));
        limit.push(await timed(() => spawnChecked(ffmpeg.path, limitArgs({ clipFiles, width, height, fps: 30, durationMs, output: path.join(dir, `limit-${clipCount}.mp4`) }))));
      }
      const best = (runs: typeof ours): { wallS: number; cpuS: number | null } => runs.reduce((a, b) => (b.wallS < a.wallS ? b : a));
      const o = best(ours);
      const l = best(limit);
      const row: BenchRow = {
        clips: clipCount,
        outputS: durationMs / 1000,
        oursWallS: o.wallS,
        limitWallS: l.wallS,
        ratio: o.wallS / l.wallS,
        oursCpuS: o.cpuS,
        limitCpuS: l.cpuS,
        cpuRatio: o.cpuS !== null && l.cpuS !== null && l.cpuS > 0 ? o.cpuS / l.cpuS : null,
        realtime: durationMs / 1000 / o.wallS,
      };
      rows.push(row);
      log(`${row.clips} | ${fmt(row.outputS, 1)} | ${fmt(row.oursWallS)} | ${fmt(row.limitWallS)} | ${fmt(row.ratio, 3)} | ${fmt(row.oursCpuS)} | ${fmt(row.limitCpuS)} | ${fmt(row.cpuRatio, 3)} | ${fmt(row.realtime)}`);
    }
    return rows;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
