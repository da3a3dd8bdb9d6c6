import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/app-error';
import { planRender } from './plan-render';
import type { RenderPlan } from './render-plan';
import { smallAd, testMedia } from './test-document';

const plan = (document = smallAd(), preset?: Parameters<typeof planRender>[0]['preset']): RenderPlan =>
  planRender({ document, media: testMedia, fontsDir: '/fonts', ...(preset ? { preset } : {}) });

function failure(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected an AppError');
}

const shadow = { color: '#00000099', dx: 1, dy: 1 };

describe('planRender', () => {
  it('plans a small ad exactly: frames, samples, layout, files', () => {
    expect(plan()).toEqual({
      output: { width: 1280, height: 720, fps: 30, frames: 105, durationMs: 3500, samples: 168000 },
      video: [
        {
          kind: 'card',
          id: 'intro',
          startFrame: 0,
          frames: 30,
          transitionIn: null,
          background: { kind: 'color', color: '#336699ff' },
          logo: { path: '/m/logo.png', centerX: 640, top: 247, maxWidth: 1152, maxHeight: 120 },
          texts: [
            { textFile: 'text-0.txt', fontFile: '/fonts/Inter-Bold.ttf', fontSizePx: 59, color: '#ffffffff', baselineY: 457, anchorX: 640, align: 'center', outline: null, shadow: null, box: null, timing: null },
          ],
        },
        {
          kind: 'clip',
          id: 'clip',
          startFrame: 15,
          frames: 60,
          transitionIn: { kind: 'crossfade', frames: 15 },
          path: '/m/clip.mp4',
          inMs: 500,
          readMs: 2000,
          sourceFps: 24,
          framing: 'cover',
          audio: { startSample: 24000, samples: 96000, volume: 1, fadeInMs: 500, fadeOutMs: 0 },
        },
        {
          kind: 'still',
          id: 'still',
          startFrame: 75,
          frames: 30,
          transitionIn: null,
          path: '/m/photo.jpg',
          motion: { move: 'zoom-in', intensity: 0.5, easing: 'ease-in-out' },
          framing: 'cover',
          sourceWidth: 1000,
          sourceHeight: 1500,
        },
      ],
      overlays: [
        {
          kind: 'text',
          id: 'promo',
          lines: [
            {
              textFile: 'text-1.txt',
              fontFile: '/fonts/Inter-Bold.ttf',
              fontSizePx: 43,
              color: '#ffffffff',
              baselineY: 79,
              anchorX: 640,
              align: 'center',
              outline: null,
              shadow,
              box: null,
              timing: { startFrame: 18, endFrame: 48, fadeInMs: 250, fadeOutMs: 250 },
            },
          ],
        },
        {
          kind: 'text',
          id: 'cap1',
          lines: [
            {
              textFile: 'text-2.txt',
              fontFile: '/fonts/Inter-Bold.ttf',
              fontSizePx: 36,
              color: '#ffffffff',
              baselineY: 653,
              anchorX: 640,
              align: 'center',
              outline: null,
              shadow,
              box: { color: '#000000aa', paddingPx: 11 },
              timing: { startFrame: 60, endFrame: 90, fadeInMs: 0, fadeOutMs: 0 },
            },
          ],
        },
      ],
      audio: {
        music: [{ id: 'music', path: '/m/music.mp3', inMs: 0, startSample: 0, volume: 0.5, fadeInMs: 0, fadeOutMs: 1500, loop: 'stream', readMs: null, samples: 168000, ducked: true }],
        voice: [{ id: 'voice', path: '/m/voice.wav', inMs: 0, startSample: 48000, volume: 1, fadeInMs: 0, fadeOutMs: 0, loop: 'once', readMs: 1500, samples: 72000, ducked: false }],
        ducking: { gain: Math.pow(10, -12 / 20), ranges: [{ startMs: 1000, endMs: 2500 }], attackMs: 200, releaseMs: 500 },
        loudness: { targetLufs: -14, truePeakDb: -1 },
      },
      textFiles: [
        { name: 'text-0.txt', content: 'Hello' },
        { name: 'text-1.txt', content: 'Sale: 50% off' },
        { name: 'text-2.txt', content: 'Buy now' },
      ],
      warnings: [],
    });
  });

  it('lists every line of a multi-line text as its own file, never putting the text in the graph', () => {
    const hostile = "50% off: {today}\n'quoted' \\ [out];,";
    const p = plan(smallAd({ overlay: [{ id: 't', type: 'text', startMs: 0, durationMs: 1000, text: hostile }] }));
    expect(p.textFiles.slice(1, 3)).toEqual([
      { name: 'text-1.txt', content: '50% off: {today}' },
      { name: 'text-2.txt', content: "'quoted' \\ [out];," },
    ]);
  });

  it('loops a trimmed music segment in memory and reads a long enough one once', () => {
    const segment = plan(smallAd({ music: [{ id: 'm', media: { path: '/m/music.mp3' }, inMs: 500, outMs: 1500 }] })).audio.music[0];
    expect(segment).toMatchObject({ loop: 'segment', inMs: 500, readMs: 1000, samples: 168000 });
    const once = plan(smallAd({ music: [{ id: 'm', media: { path: '/m/music.mp3' }, startMs: 2000 }] })).audio.music[0];
    expect(once).toMatchObject({ loop: 'once', startSample: 96000, readMs: 1500, samples: 72000 });
  });

  it('uses the preset over the document, and a custom frame size over both', () => {
    expect(plan(smallAd(), { aspect: '9:16', resolution: '1080p' }).output).toMatchObject({ width: 1080, height: 1920 });
    expect(plan(smallAd(), { frameSize: { width: 320, height: 180 } }).output).toMatchObject({ width: 320, height: 180 });
    expect(failure(() => plan(smallAd(), { aspect: '9:16', resolution: '2160p' })).code).toBe('BAD_INPUT');
    expect(failure(() => plan(smallAd(), { frameSize: { width: 321, height: 180 } })).message).toContain('321x180');
  });

  it('warns instead of failing for overlays past the end, unknown fonts and a missing brand logo', () => {
    const document = smallAd({
      overlay: [
        { id: 'late', type: 'text', startMs: 9000, durationMs: 1000, text: 'x' },
        { id: 'long', type: 'text', startMs: 3000, durationMs: 5000, text: 'x', style: { font: 'Papyrus' } },
      ],
    });
    document.settings.brand.logo = null;
    expect(plan(document).warnings).toEqual([
      'card "intro" asks for the brand logo, but the brand has none',
      'text overlay "late" starts after the video ends; it is left out',
      'text overlay "long" runs past the end of the video; it is cut there',
      'font "Papyrus" is not bundled; drawn with Inter',
    ]);
  });
});

describe('planRender refuses, naming the element', () => {
  it('a clip trimmed past the end of its source', () => {
    const err = failure(() => plan(smallAd({ video: [{ id: 'long-clip', type: 'clip', media: { path: '/m/clip.mp4' }, outMs: 6000 }] })));
    expect([err.code, err.message]).toEqual(['BAD_INPUT', 'clip "long-clip" is trimmed to end at 6000 ms, but /m/clip.mp4 lasts only 4000 ms.']);
  });

  it('a transition longer than an item', () => {
    const err = failure(() =>
      plan(smallAd({ video: [{ id: 'a', type: 'card', durationMs: 300 }, { id: 'b', type: 'card', durationMs: 1000, transitionIn: { kind: 'crossfade', durationMs: 400 } }] })),
    );
    expect([err.code, err.message]).toEqual(['BAD_INPUT', 'video item "a": its transitions (0 ms in + 400 ms out) are longer than the item (300 ms).']);
  });

  it('media of the wrong kind, sound without sound, unknown media, an empty track', () => {
    expect(failure(() => plan(smallAd({ video: [{ id: 'c', type: 'clip', media: { path: '/m/photo.jpg' }, outMs: 1000 }] }))).message).toBe(
      'clip "c": /m/photo.jpg is an image, but it needs a video.',
    );
    expect(failure(() => plan(smallAd({ voiceover: [{ id: 'vo', media: { path: '/m/silent.mp4' } }] }))).message).toBe('voice-over "vo": /m/silent.mp4 has no sound.');
    expect(failure(() => plan(smallAd({ music: [{ id: 'm', media: { path: '/m/nope.mp3' } }] }))).code).toBe('NOT_FOUND');
    expect(failure(() => plan(smallAd({ video: [] }))).message).toBe('The video track is empty: add at least one clip, still or card before exporting.');
  });

  it('music that starts past the end of its file', () => {
    const err = failure(() => plan(smallAd({ music: [{ id: 'm', media: { path: '/m/music.mp3' }, inMs: 2500 }] })));
    expect(err.message).toBe('music "m" starts at 2500 ms in /m/music.mp3, which lasts only 2000 ms.');
  });
});
