import fs from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProjectDocumentInput } from '../../../preload/contract/project';
import type { MediaResolver } from '../../../main/core/render/plan/render-plan';
import { makeRenderFixtures, type RenderFixtures } from './fixtures';
import { ffmpeg, frameColor, near, probeOutput, render, resolverFor, tempDir } from './render-env';

let dir: string;
let fx: RenderFixtures;
let media: MediaResolver;

beforeAll(async () => {
  dir = await tempDir();
  fx = await makeRenderFixtures(dir);
  media = await resolverFor(Object.values(fx));
});

function oneClip(path: string, framing: 'cover' | 'contain' | 'blur'): ProjectDocumentInput {
  return { schemaVersion: 1, settings: { name: 'One clip', fps: 30 }, tracks: { video: [{ id: 'c', type: 'clip', media: { path }, outMs: 1000, framing }] } };
}

describe('mixed sources', () => {
  it('renders clips of other sizes, rates and shapes, with and without sound, a still, an image card and a logo overlay', async () => {
    const input: ProjectDocumentInput = {
      schemaVersion: 1,
      settings: { name: 'Mixed', fps: 25, brand: { logo: { path: fx.logo } } },
      tracks: {
        video: [
          { id: 'wide', type: 'clip', media: { path: fx.wide24 }, inMs: 500, outMs: 1500 },
          { id: 'tall', type: 'clip', media: { path: fx.tall60 }, outMs: 1000, framing: 'blur', transitionIn: { kind: 'slide-right', durationMs: 200 } },
          { id: 'rot', type: 'clip', media: { path: fx.rotated }, outMs: 1000, framing: 'contain', transitionIn: { kind: 'wipe-up', durationMs: 200 } },
          { id: 'pal', type: 'clip', media: { path: fx.anamorphic }, outMs: 1000, framing: 'contain' },
          { id: 'still', type: 'still', media: { path: fx.photo }, durationMs: 1000, motion: { move: 'pan-right' }, framing: 'contain', transitionIn: { kind: 'crossfade', durationMs: 200 } },
          { id: 'end', type: 'card', durationMs: 800, title: 'Bye', showLogo: true, background: { kind: 'image', media: { path: fx.photo }, framing: 'blur', dim: 0.5 } },
        ],
        overlay: [{ id: 'logo', type: 'image', media: { path: fx.logo }, startMs: 0, durationMs: 4000, position: 'bottom-right', scale: 0.2 }],
        music: [{ id: 'm', media: { path: fx.music }, inMs: 500, outMs: 2500 }],
      },
    };
    const result = await render({ input, media, dir });
    const out = await probeOutput(result.path);
    // 1000 × 5 + 800 - 200 × 3 = 5200 ms = 130 frames at 25 fps.
    expect(out.video).toMatchObject({ width: 320, height: 180, r_frame_rate: '25/1', nb_frames: '130', sample_aspect_ratio: '1:1' });
  });

  it('contain: bars beside a tall clip; blur: a blurred copy instead of bars', async () => {
    const contained = (await render({ input: oneClip(fx.tall60, 'contain'), media, dir })).path;
    expect(near(await frameColor(contained, 10, { x: 0, y: 0, w: 40, h: 180 }), [0, 0, 0], 8)).toBe(true);
    const blurred = (await render({ input: oneClip(fx.tall60, 'blur'), media, dir })).path;
    const side = await frameColor(blurred, 10, { x: 0, y: 0, w: 40, h: 180 });
    expect(side.reduce((a, b) => a + b, 0)).toBeGreaterThan(60);
  });

  it('contain keeps the display aspect of an anamorphic source (SAR 16:15)', async () => {
    // 352x288 at SAR 16:15 shows as 375.5x288 (1.304:1): fitted to 180 px high it is 234 px wide.
    const file = (await render({ input: oneClip(fx.anamorphic, 'contain'), media, dir })).path;
    expect(near(await frameColor(file, 5, { x: 0, y: 0, w: 38, h: 180 }), [0, 0, 0], 8)).toBe(true);
    expect((await frameColor(file, 5, { x: 48, y: 0, w: 20, h: 180 })).reduce((a, b) => a + b, 0)).toBeGreaterThan(60);
  });

  it('shows a rotated phone clip the way players do (autorotate)', async () => {
    // Reference: FFmpeg's own display orientation of the first frame.
    const reference = `${dir}/rotated-ref.png`;
    await ffmpeg(['-i', fx.rotated, '-frames:v', '1', '-vf', 'scale=2:2:flags=neighbor', '-pix_fmt', 'rgb24', '-f', 'rawvideo', reference]);
    const file = (await render({ input: oneClip(fx.rotated, 'cover'), media, dir })).path;
    // Cover crops the 180x320 picture to 16:9 around its middle: its top and bottom halves still differ.
    const top = await frameColor(file, 5, { x: 140, y: 10, w: 40, h: 30 });
    const bottom = await frameColor(file, 5, { x: 140, y: 140, w: 40, h: 30 });
    const ref = await fs.readFile(reference);
    const refTop = [ref[0], ref[1], ref[2]] as number[];
    const refBottom = [ref[6], ref[7], ref[8]] as number[];
    expect(near(top, refTop, 40)).toBe(true);
    expect(near(bottom, refBottom, 40)).toBe(true);
    expect(near(refTop, refBottom, 40)).toBe(false);
  });
});
