import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CAMERA_MOVES } from '../../../preload/contract/project/primitives';
import type { Framing } from '../../../preload/contract/project/primitives';
import { ffprobe, toNumber } from '../../../main/core/ffmpeg/ffprobe';
import type { ProgressEvent } from '../../../main/core/ffmpeg/progress-parser';
import { buildDraftMotionFilter } from '../../../main/core/render/draft-motion/build-filter';
import { makeDraftMotionClip } from '../../../main/core/render/draft-motion/make-clip';
import { AppError } from '../../../main/core/shared/app-error';
import { binaries, listDir, tempDir } from '../render-run/env';
import { makeStill, meanRgb, rawFrames } from './frames';

const bins = binaries();
let dir = '';
let wide = '';
let halfTransparent = '';

beforeAll(async () => {
  dir = await tempDir();
  wide = path.join(dir, 'wide.png');
  halfTransparent = path.join(dir, 'half-transparent.png');
  await makeStill({ ffmpegPath: bins.ffmpegPath, source: 'testsrc2=size=640x360', out: wide });
  // Left half fully transparent, right half opaque blue.
  await makeStill({ ffmpegPath: bins.ffmpegPath, source: "color=c=blue:s=200x100,format=rgba,geq=r='r(X,Y)':g='g(X,Y)':b='b(X,Y)':a='if(lt(X,100),0,255)'", out: halfTransparent });
});

/** The first frame of a still framed into a 90x160 (9:16) picture, as rgb24. */
async function framedStill(framing: Framing, image: string, sourceWidth: number, sourceHeight: number, background: string): Promise<Buffer> {
  const graph = buildDraftMotionFilter({ move: 'none', intensity: 0, durationMs: 40, fps: 25, width: 90, height: 160, framing, sourceWidth, sourceHeight, background, inputLabel: '0:v' });
  const [frame] = await rawFrames({ ffmpegPath: bins.ffmpegPath, input: image, graph, width: 90, height: 160, pixFmt: 'rgb24' });
  if (!frame) throw new Error('no frame');
  return frame;
}

const close = (a: number[], b: number[], tolerance: number): boolean => a.every((v, i) => Math.abs(v - (b[i] ?? 0)) <= tolerance);

describe('makeDraftMotionClip', () => {
  it('makes a valid H.264 clip of exactly round(duration·fps) frames for every move', async () => {
    for (const move of CAMERA_MOVES) {
      const out = path.join(dir, `${move}.mp4`);
      const result = await makeDraftMotionClip({ ...bins, image: wide, out, move, intensity: 0.6, durationMs: 1000, fps: 24, width: 128, height: 72, framing: 'cover' });
      const probe = await ffprobe({ ffprobePath: bins.ffprobePath, file: out });
      const video = probe.streams.find((s) => s.codec_type === 'video');
      expect(result.path, move).toBe(out);
      expect([video?.codec_name, video?.profile, video?.pix_fmt, video?.width, video?.height, video?.r_frame_rate], move).toEqual(['h264', 'High', 'yuv420p', 128, 72, '24/1']);
      expect(toNumber(video?.nb_frames), move).toBe(24);
      expect(probe.streams.some((s) => s.codec_type === 'audio'), move).toBe(false);
    }
  });

  it('reports monotonic progress ending in one done event', async () => {
    const events: ProgressEvent[] = [];
    await makeDraftMotionClip({ ...bins, image: wide, out: path.join(dir, 'progress.mp4'), move: 'push-in', intensity: 1, durationMs: 2000, fps: 25, width: 320, height: 180, framing: 'blur', onProgress: (e) => events.push(e) });
    expect(events.map((e) => e.percent)).toEqual([...events.map((e) => e.percent)].sort((a, b) => a - b));
    expect(events.at(-1)).toMatchObject({ percent: 100, done: true });
    expect(events.filter((e) => e.done)).toHaveLength(1);
  });

  it('is cancellable mid-encode and then leaves nothing behind', async () => {
    const sub = path.join(dir, 'cancel');
    const controller = new AbortController();
    const err: unknown = await makeDraftMotionClip({
      ...bins,
      image: wide,
      out: path.join(sub, 'c.mp4'),
      move: 'zoom-in',
      intensity: 1,
      durationMs: 20_000,
      fps: 25,
      width: 640,
      height: 360,
      framing: 'cover',
      signal: controller.signal,
      onProgress: () => controller.abort(),
    }).catch((e: unknown) => e);
    expect(err instanceof AppError && err.code).toBe('CANCELLED');
    expect(await listDir(sub)).toEqual([]);
    const early = await makeDraftMotionClip({ ...bins, image: wide, out: path.join(sub, 'd.mp4'), move: 'none', intensity: 0, durationMs: 1000, fps: 25, width: 64, height: 36, framing: 'cover', signal: AbortSignal.abort() }).catch((e: unknown) => e);
    expect(early instanceof AppError && early.code).toBe('CANCELLED');
  });

  it('refuses an unreadable image and bad options before writing anything', async () => {
    const sub = path.join(dir, 'refused');
    const missing = await makeDraftMotionClip({ ...bins, image: path.join(dir, 'nope.png'), out: path.join(sub, 'x.mp4'), move: 'zoom-in', intensity: 1, durationMs: 1000, fps: 25, width: 64, height: 36, framing: 'cover' }).catch((e: unknown) => e);
    expect(missing instanceof AppError && missing.code).toBe('MEDIA_INVALID');
    const odd = await makeDraftMotionClip({ ...bins, image: wide, out: path.join(sub, 'x.mp4'), move: 'zoom-in', intensity: 1, durationMs: 1000, fps: 25, width: 65, height: 36, framing: 'cover' }).catch((e: unknown) => e);
    expect(odd instanceof AppError && [odd.code, odd.message]).toEqual(['BAD_INPUT', 'Draft motion: width must be an even whole number of pixels (got 65).']);
    expect(await listDir(sub).catch(() => [])).toEqual([]);
  });
});

describe('draft motion framing (16:9 picture into a 9:16 frame)', () => {
  const top = { x: 0, y: 0, w: 90, h: 30 };

  it('contain: the whole picture on the background colour', async () => {
    const frame = await framedStill('contain', wide, 640, 360, '#ff0000');
    expect(close(meanRgb(frame, 90, top), [255, 0, 0], 6)).toBe(true);
    expect(close(meanRgb(frame, 90, { x: 0, y: 130, w: 90, h: 30 }), [255, 0, 0], 6)).toBe(true);
    // The picture (90x50) sits in the middle and is not the background.
    expect(close(meanRgb(frame, 90, { x: 20, y: 60, w: 50, h: 40 }), [255, 0, 0], 40)).toBe(false);
  });

  it('blur: a darkened, blurred copy fills the frame behind the whole picture', async () => {
    const blur = await framedStill('blur', wide, 640, 360, '#ff0000');
    const contain = await framedStill('contain', wide, 640, 360, '#ff0000');
    const bg = meanRgb(blur, 90, top);
    expect(close(bg, [255, 0, 0], 40)).toBe(false);
    expect(Math.max(...bg)).toBeLessThan(150);
    expect(bg.reduce((a, b) => a + b)).toBeGreaterThan(30);
    // Neighbouring pixels of the backdrop barely differ (blurred)…
    let step = 0;
    for (let x = 1; x < 90; x++) step += Math.abs((blur[(15 * 90 + x) * 3] ?? 0) - (blur[(15 * 90 + x - 1) * 3] ?? 0));
    expect(step / 89).toBeLessThan(3);
    // …and the picture itself is the same as with contain.
    const middle = { x: 0, y: 60, w: 90, h: 40 };
    expect(close(meanRgb(blur, 90, middle), meanRgb(contain, 90, middle), 3)).toBe(true);
  });

  it('cover: the picture fills the frame, cropped at the sides', async () => {
    const frame = await framedStill('cover', wide, 640, 360, '#ff0000');
    const reference = await rawFrames({ ffmpegPath: bins.ffmpegPath, input: wide, graph: '[0:v]scale=90:160:force_original_aspect_ratio=increase:flags=lanczos,crop=90:160,format=yuv420p[out]', width: 90, height: 160, pixFmt: 'rgb24' });
    let diff = 0;
    for (let i = 0; i < frame.length; i++) diff += Math.abs((frame[i] ?? 0) - (reference[0]?.[i] ?? 0));
    expect(diff / frame.length).toBeLessThan(1);
  });

  it('transparent pixels show the background colour', async () => {
    const frame = await framedStill('cover', halfTransparent, 200, 100, '#00ff00');
    // cover crops the middle 50x100 of the 200x100 picture: transparent left, blue right.
    expect(close(meanRgb(frame, 90, { x: 5, y: 60, w: 30, h: 40 }), [0, 255, 0], 8)).toBe(true);
    expect(close(meanRgb(frame, 90, { x: 55, y: 60, w: 30, h: 40 }), [0, 0, 255], 8)).toBe(true);
  });
});
