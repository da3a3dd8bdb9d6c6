import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveFfmpegBinaries } from '../../../main/core/ffmpeg/binaries';
import { ffprobe } from '../../../main/core/ffmpeg/ffprobe';
import { runCliCaptured, tempHome } from '../../helpers/run-cli';

const run = promisify(execFile);
const home = tempHome('adloom-render-cli-');
const bins = resolveFfmpegBinaries();
const cli = (...argv: string[]) => runCliCaptured(argv, { home: path.join(home.dir, 'data'), cwd: home.dir });

async function still(name: string, source: string): Promise<string> {
  const file = path.join(home.dir, name);
  await run(bins.ffmpeg.path, ['-v', 'error', '-f', 'lavfi', '-i', source, '-frames:v', '1', '-y', file]);
  return file;
}

beforeAll(async () => {
  await still('a.png', 'testsrc2=s=640x480');
  await still('b.jpg', 'mandelbrot=s=400x400');
  await still('c.webp', 'smptehdbars=s=500x300');
});
afterAll(() => home.cleanup());

describe('adloom quick', () => {
  it('makes a valid 1080x1920 H.264/AAC MP4 from three photos, offline', async () => {
    const r = await cli('quick', 'a.png', 'b.jpg', 'c.webp', '--title', 'Meet "Aero": 100% {new}', '--cta', 'Shop now', '--aspect', '9:16', '--seconds-per-image', '1.5', '--out', 'ad.mp4', '--json');
    expect(r.stderr.split('\n').filter((l) => l && !l.startsWith('{'))).toEqual([]);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as { path: string; width: number; height: number; durationMs: number };
    expect(result).toMatchObject({ path: path.join(home.dir, 'ad.mp4'), width: 1080, height: 1920 });
    // intro 2000 + 3 × 1500 + outro 2500 − 4 crossfades × 500
    expect(result.durationMs).toBe(7000);
    const probe = await ffprobe({ ffprobePath: bins.ffprobe.path, file: result.path });
    const video = probe.streams.find((s) => s.codec_type === 'video');
    const audio = probe.streams.find((s) => s.codec_type === 'audio');
    expect(video).toMatchObject({ codec_name: 'h264', width: 1080, height: 1920, pix_fmt: 'yuv420p', profile: 'High' });
    expect(audio).toMatchObject({ codec_name: 'aac', sample_rate: '48000' });
    expect(Math.abs(Number(probe.format?.duration) - 7)).toBeLessThanOrEqual(1 / 30 + 0.03);
    // Progress went to stderr as JSON lines and ended at 100.
    const events = r.stderr.trim().split('\n').map((l) => JSON.parse(l) as { percent: number });
    expect(events.at(-1)?.percent).toBe(100);
  });

  it('refuses a missing photo as a usage error naming it, and writes nothing', async () => {
    const r = await cli('quick', 'a.png', 'nope.png', '--title', 'T', '--cta', 'C', '--out', 'x.mp4');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nope.png does not exist');
    expect(fs.existsSync(path.join(home.dir, 'x.mp4'))).toBe(false);
  });
});

describe('adloom render', () => {
  it('renders a project file at a chosen aspect and preset', async () => {
    const project = {
      schemaVersion: 1,
      settings: { name: 'Render test', aspect: '16:9' },
      tracks: { video: [{ id: 'intro', type: 'card', durationMs: 1000, title: 'Hello' }, { id: 's1', type: 'still', media: { path: 'a.png' }, durationMs: 1000, transitionIn: { kind: 'wipe-left', durationMs: 400 } }] },
    };
    fs.writeFileSync(path.join(home.dir, 'p.json'), JSON.stringify(project));
    const r = await cli('render', 'p.json', '--out', 'p.mp4', '--aspect', '1:1', '--preset', '720p', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ width: 720, height: 720, durationMs: 1600 });
  });

  it('exits 2 for a bad preset and 1 for a project whose media is missing', async () => {
    expect((await cli('render', 'p.json', '--out', 'q.mp4', '--preset', '4k')).code).toBe(2);
    fs.writeFileSync(path.join(home.dir, 'broken.json'), JSON.stringify({ schemaVersion: 1, settings: { name: 'B' }, tracks: { video: [{ id: 'gone', type: 'still', media: { path: 'gone.png' }, durationMs: 1000 }] } }));
    const r = await cli('render', 'broken.json', '--out', 'b.mp4');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^adloom: gone: .*gone\.png does not exist/);
    expect(fs.existsSync(path.join(home.dir, 'b.mp4'))).toBe(false);
  });
});
