import { describe, expect, it } from 'vitest';
import { Captions, Overlay } from '../../../../preload/contract/project/overlay-track';
import { layersAt, timedAlpha } from './overlay-timing';

const at = (frame: number): { frame: number; fps: number; totalFrames: number } => ({ frame, fps: 25, totalFrames: 100 });

describe('timedAlpha', () => {
  const timed = { startMs: 1000, durationMs: 2000, fadeInMs: 400, fadeOutMs: 200 };

  it('shows on [start frame, end frame) only', () => {
    // 1000 ms = frame 25, 3000 ms = frame 75 at 25 fps.
    expect(timedAlpha(timed, at(24))).toBe(0);
    expect(timedAlpha(timed, at(75))).toBe(0);
    expect(timedAlpha(timed, at(50))).toBe(1);
  });

  it('fades in from transparent on its first frame and out towards its end frame', () => {
    expect(timedAlpha(timed, at(25))).toBe(0);
    // 5 frames = 0.2 s of a 0.4 s fade.
    expect(timedAlpha(timed, at(30))).toBe(0.5);
    // The last frame (74) is 1 frame = 0.04 s before the end of a 0.2 s fade-out.
    expect(timedAlpha(timed, at(74))).toBeCloseTo(0.2, 12);
  });

  it('is fully opaque throughout without fades, and cut at the end of the video', () => {
    const plain = { startMs: 3000, durationMs: 5000, fadeInMs: 0, fadeOutMs: 0 };
    expect(timedAlpha(plain, at(75))).toBe(1);
    expect(timedAlpha(plain, at(99))).toBe(1);
    expect(timedAlpha(plain, at(100))).toBe(0);
  });
});

describe('layersAt', () => {
  const overlays = [
    Overlay.parse({ id: 'a', type: 'text', text: 'A', startMs: 0, durationMs: 2000, animation: { fadeInMs: 0, fadeOutMs: 0 } }),
    Overlay.parse({ id: 'b', type: 'text', text: 'B', startMs: 1000, durationMs: 1000 }),
  ];
  const captions = Captions.parse({ cues: [{ id: 'c', startMs: 1200, durationMs: 500, text: 'Hello' }] });

  it('lists what shows in track order with captions last', () => {
    const layers = layersAt({ tracks: { video: [], overlay: overlays, music: [], voiceover: [] }, captions }, at(35));
    expect(layers.map((l) => (l.kind === 'overlay' ? l.overlay.id : l.caption.id))).toEqual(['a', 'b', 'c']);
    expect(layers.map((l) => l.alpha)).toEqual([1, 1, 1]);
  });

  it('leaves captions out when they are off', () => {
    const layers = layersAt({ tracks: { video: [], overlay: overlays, music: [], voiceover: [] }, captions: { ...captions, enabled: false } }, at(35));
    expect(layers).toHaveLength(2);
  });
});
