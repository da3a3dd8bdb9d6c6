import { beforeAll, describe, expect, it } from 'vitest';
import type { ProjectDocumentInput } from '../../../preload/contract/project';
import type { MediaResolver } from '../../../main/core/render/plan/render-plan';
import type { RenderProjectResult } from '../../../main/core/render/render-project';
import { makeRenderFixtures, type RenderFixtures } from './fixtures';
import { integratedLoudness, probeOutput, render, resolverFor, tempDir, topLevelBoxes } from './render-env';

let dir: string;
let fx: RenderFixtures;
let media: MediaResolver;

beforeAll(async () => {
  dir = await tempDir();
  fx = await makeRenderFixtures(dir);
  media = await resolverFor(Object.values(fx));
});

/** A 6 s ad with everything: cards, clips with and without sound, a still, overlays, captions, music and voice. */
function fullAd(): ProjectDocumentInput {
  const xf = { kind: 'crossfade' as const, durationMs: 400 };
  return {
    schemaVersion: 1,
    settings: { name: 'Full ad', aspect: '16:9', fps: 30, brand: { logo: { path: fx.logo } } },
    tracks: {
      video: [
        { id: 'intro', type: 'card', durationMs: 1000, title: 'Nimbus', subtitle: 'Run lighter', showLogo: true, background: { kind: 'gradient', from: '#ff5a36', to: '#1f2937', angleDeg: 135 } },
        { id: 'c1', type: 'clip', media: { path: fx.wide24 }, inMs: 200, outMs: 1700, transitionIn: xf },
        { id: 'c2', type: 'clip', media: { path: fx.tall60 }, outMs: 1200, framing: 'blur', transitionIn: { kind: 'fade-black', durationMs: 300 } },
        { id: 's1', type: 'still', media: { path: fx.photo }, durationMs: 1000, transitionIn: { kind: 'slide-left', durationMs: 300 } },
        { id: 'outro', type: 'card', durationMs: 1500, title: 'Shop now', background: { kind: 'image', media: { path: fx.photo } }, transitionIn: xf },
      ],
      overlay: [
        { id: 'promo', type: 'text', startMs: 500, durationMs: 2000, text: 'Free shipping', style: { outline: { color: '#000000', width: 4 } } },
        { id: 'badge', type: 'image', media: { path: fx.logo }, startMs: 1000, durationMs: 3000, position: 'top-right', scale: 0.15, opacity: 0.8 },
      ],
      music: [{ id: 'music', media: { path: fx.music }, volume: 0.7 }],
      voiceover: [{ id: 'voice', media: { path: fx.voice }, startMs: 2000 }],
    },
    captions: { cues: [{ id: 'cap', startMs: 3000, durationMs: 1500, text: 'Order today' }] },
  };
}

describe('renderProject output', () => {
  let result: RenderProjectResult;
  beforeAll(async () => {
    result = await render({ input: fullAd(), media, dir });
  });

  it('has the planned size, rate and duration (within one frame), in H.264 High yuv420p + AAC 48 kHz stereo', async () => {
    // 1000 + 1500 + 1200 + 1000 + 1500 - 400 - 300 - 300 - 400 = 4800 ms.
    expect(result).toMatchObject({ durationMs: expect.any(Number), width: 320, height: 180, warnings: [] });
    const out = await probeOutput(result.path);
    expect(Math.abs(out.durationS - 4.8)).toBeLessThanOrEqual(1 / 30 + 0.001);
    expect(out.video).toMatchObject({ codec_name: 'h264', profile: 'High', pix_fmt: 'yuv420p', width: 320, height: 180, r_frame_rate: '30/1', nb_frames: '144' });
    expect(out.audio).toMatchObject({ codec_name: 'aac', sample_rate: '48000', channels: 2 });
  });

  it('puts the moov box before mdat (fast start)', async () => {
    const boxes = await topLevelBoxes(result.path);
    expect(boxes.indexOf('moov')).toBeGreaterThanOrEqual(0);
    expect(boxes.indexOf('moov')).toBeLessThan(boxes.indexOf('mdat'));
  });

  it('is normalised to -14 LUFS integrated (within 1 LU)', async () => {
    const lufs = await integratedLoudness(result.path);
    expect(Math.abs(lufs - -14)).toBeLessThanOrEqual(1);
  });

  it('honours another loudness target from the document', async () => {
    const input = fullAd();
    input.settings.audio = { targetLufs: -20 };
    const quieter = await render({ input, media, dir });
    expect(Math.abs((await integratedLoudness(quieter.path)) - -20)).toBeLessThanOrEqual(1);
  });
});

describe('renderProject without any sound source', () => {
  it('still writes an audio track, silent and as long as the video', async () => {
    const input: ProjectDocumentInput = {
      schemaVersion: 1,
      settings: { name: 'Silent', fps: 25 },
      tracks: { video: [{ id: 'c', type: 'clip', media: { path: fx.tall60 }, outMs: 1000 }, { id: 'card', type: 'card', durationMs: 500 }] },
    };
    const result = await render({ input, media, dir });
    const out = await probeOutput(result.path);
    expect(out.video).toMatchObject({ r_frame_rate: '25/1', nb_frames: '38' });
    expect(out.audio).toMatchObject({ codec_name: 'aac', sample_rate: '48000', channels: 2 });
    expect(Math.abs(Number(out.audio?.duration) - 1.5)).toBeLessThan(0.05);
  });
});
