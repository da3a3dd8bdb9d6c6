import { beforeAll, describe, expect, it } from 'vitest';
import type { MediaResolver } from '../../../main/core/render/plan/render-plan';
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

describe('a real 1080x1920 export (the default 9:16 1080p preset)', () => {
  it('renders at full size with the real encoder settings', async () => {
    const result = await render({
      input: {
        schemaVersion: 1,
        settings: { name: 'Vertical', platform: 'tiktok' },
        tracks: {
          video: [
            { id: 'intro', type: 'card', durationMs: 1000, title: 'New drop', subtitle: 'Only this week', background: { kind: 'gradient', from: '#111111', to: '#ff5a36' } },
            { id: 'clip', type: 'clip', media: { path: fx.wide24 }, outMs: 2000, transitionIn: { kind: 'crossfade', durationMs: 300 } },
          ],
          overlay: [{ id: 'cta', type: 'text', startMs: 1000, durationMs: 1500, text: 'Tap to shop', position: 'bottom', style: { size: 80, box: { color: '#ff5a36', padding: 24 } } }],
          voiceover: [{ id: 'vo', media: { path: fx.voice }, startMs: 500 }],
        },
        captions: { cues: [{ id: 'cap', startMs: 200, durationMs: 1500, text: 'Meet the new drop' }] },
      },
      media,
      dir,
      preset: {},
    });
    expect([result.width, result.height]).toEqual([1080, 1920]);
    const out = await probeOutput(result.path);
    expect(out.video).toMatchObject({ codec_name: 'h264', profile: 'High', pix_fmt: 'yuv420p', width: 1080, height: 1920, r_frame_rate: '30/1', nb_frames: '81' });
    expect(out.audio).toMatchObject({ codec_name: 'aac', sample_rate: '48000', channels: 2 });
    expect(Math.abs(out.durationS - 2.7)).toBeLessThanOrEqual(1 / 30 + 0.001);
    const boxes = await topLevelBoxes(result.path);
    expect(boxes.indexOf('moov')).toBeLessThan(boxes.indexOf('mdat'));
    expect(Math.abs((await integratedLoudness(result.path)) - -14)).toBeLessThanOrEqual(1);
  });
});
