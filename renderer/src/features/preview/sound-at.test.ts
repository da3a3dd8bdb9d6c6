import { describe, expect, it } from 'vitest';
import { AudioMix, MusicClip, VoiceoverClip } from '../../../../preload/contract/project/audio-track';
import { duckingFor, heardMs, soundAt } from './sound-at';

const media = { assetId: 'b'.repeat(64) };
const music = MusicClip.parse({ id: 'm', media, startMs: 1000, inMs: 2000, outMs: 6000, fadeOutMs: 0 });
const voice = VoiceoverClip.parse({ id: 'v', media, startMs: 500, volume: 0.5, fadeInMs: 1000 });

describe('heardMs', () => {
  it('loops music to the end of the video and plays a voice once', () => {
    expect(heardMs({ clip: music, loops: true, mediaMs: 10_000, totalMs: 20_000 })).toEqual({ lengthMs: 19_000, segmentMs: 4000 });
    expect(heardMs({ clip: voice, loops: false, mediaMs: 3000, totalMs: 20_000 })).toEqual({ lengthMs: 3000, segmentMs: 3000 });
  });

  it('cuts at the end of the video and leaves out what starts after it', () => {
    expect(heardMs({ clip: voice, loops: false, mediaMs: 3000, totalMs: 2000 })).toEqual({ lengthMs: 1500, segmentMs: 3000 });
    expect(heardMs({ clip: { ...voice, startMs: 5000 }, loops: false, mediaMs: 3000, totalMs: 2000 })).toBeNull();
  });
});

describe('soundAt', () => {
  it('maps the timeline into the looped trim', () => {
    const at = (ms: number): ReturnType<typeof soundAt> => soundAt({ clip: music, loops: true, mediaMs: 10_000, totalMs: 20_000, ms, duck: null });
    expect(at(500)).toBeNull();
    expect(at(1000)).toEqual({ sourceMs: 2000, gain: 1 });
    // 5500 ms in: one 4000 ms segment done, 1500 ms into the next.
    expect(at(6500)).toEqual({ sourceMs: 3500, gain: 1 });
    expect(at(20_000)).toBeNull();
  });

  it('applies volume and fades', () => {
    expect(soundAt({ clip: voice, loops: false, mediaMs: 3000, totalMs: 20_000, ms: 750, duck: null })).toEqual({ sourceMs: 250, gain: 0.125 });
    expect(soundAt({ clip: voice, loops: false, mediaMs: 3000, totalMs: 20_000, ms: 3600, duck: null })).toBeNull();
  });

  it('ducks music under the voice', () => {
    const duck = duckingFor({ voiceover: [voice], mix: AudioMix.parse({ duckingDb: 20 }), mediaMs: () => 3000, totalMs: 20_000 });
    expect(duck).toEqual({ ranges: [{ startMs: 500, endMs: 3500 }], gain: 0.1 });
    expect(soundAt({ clip: music, loops: true, mediaMs: 10_000, totalMs: 20_000, ms: 2000, duck })?.gain).toBeCloseTo(0.1, 12);
  });
});

describe('duckingFor', () => {
  it('is null without voice, without known media, or with ducking off', () => {
    expect(duckingFor({ voiceover: [], mix: AudioMix.parse({}), mediaMs: () => 3000, totalMs: 20_000 })).toBeNull();
    expect(duckingFor({ voiceover: [voice], mix: AudioMix.parse({}), mediaMs: () => null, totalMs: 20_000 })).toBeNull();
    expect(duckingFor({ voiceover: [voice], mix: AudioMix.parse({ duckingDb: 0 }), mediaMs: () => 3000, totalMs: 20_000 })).toBeNull();
  });
});
