import { describe, expect, it } from 'vitest';
import { AudioMix, MusicClip, VoiceoverClip } from './audio-track';

type Result = { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
const problems = (r: Result): [PropertyKey[], string][] => r.error?.issues.map((i) => [i.path, i.message]) ?? [];
const media = { path: 'audio/a.mp3' };

describe('MusicClip', () => {
  it('fills in defaults: looped, ducked, 1.5 s fade-out', () => {
    expect(MusicClip.parse({ id: 'm', media })).toEqual({
      id: 'm',
      media,
      startMs: 0,
      inMs: 0,
      volume: 1,
      fadeInMs: 0,
      fadeOutMs: 1500,
      loop: true,
      duckUnderVoice: true,
    });
  });

  it('refuses outMs before or equal to inMs at outMs', () => {
    expect(problems(MusicClip.safeParse({ id: 'm', media, inMs: 5000, outMs: 1000 }))).toEqual([[['outMs'], 'outMs must be after inMs']]);
    expect(problems(MusicClip.safeParse({ id: 'm', media, inMs: 5000, outMs: 5000 }))).toEqual([[['outMs'], 'outMs must be after inMs']]);
    expect(MusicClip.parse({ id: 'm', media, inMs: 5000, outMs: 5001 }).outMs).toBe(5001);
  });

  it('refuses a volume above 4 and fractional times', () => {
    expect(problems(MusicClip.safeParse({ id: 'm', media, volume: 5 })).map(([p]) => p)).toEqual([['volume']]);
    expect(problems(MusicClip.safeParse({ id: 'm', media, fadeInMs: 10.5 }))).toEqual([[['fadeInMs'], 'must be a whole number of milliseconds']]);
  });
});

describe('VoiceoverClip', () => {
  it('fills in defaults with no fades and keeps the script', () => {
    expect(VoiceoverClip.parse({ id: 'v', media, script: 'Hello' })).toEqual({ id: 'v', media, startMs: 0, inMs: 0, volume: 1, fadeInMs: 0, fadeOutMs: 0, script: 'Hello' });
  });

  it('refuses outMs before inMs at outMs', () => {
    expect(problems(VoiceoverClip.safeParse({ id: 'v', media, inMs: 200, outMs: 100 }))).toEqual([[['outMs'], 'outMs must be after inMs']]);
  });
});

describe('AudioMix', () => {
  it('defaults to -14 LUFS, -1 dBTP and 12 dB ducking', () => {
    expect(AudioMix.parse({})).toEqual({ targetLufs: -14, truePeakDb: -1, duckingDb: 12 });
  });

  it('refuses a positive true peak', () => {
    expect(problems(AudioMix.safeParse({ truePeakDb: 1 })).map(([p]) => p)).toEqual([['truePeakDb']]);
  });
});
