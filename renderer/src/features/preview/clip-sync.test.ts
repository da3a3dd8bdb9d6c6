import { describe, expect, it } from 'vitest';
import { clipGain, clipSync } from './clip-sync';

describe('clipSync', () => {
  it('seeks a paused clip to the frame when it is off by more than half a frame', () => {
    expect(clipSync({ desiredS: 2, currentS: 1.5, playing: false, rate: 1, fps: 25 })).toEqual({ seekToS: 2, play: false, playbackRate: 1 });
    expect(clipSync({ desiredS: 2, currentS: 2.01, playing: false, rate: 1, fps: 25 })).toEqual({ seekToS: null, play: false, playbackRate: 1 });
  });

  it('seeks frame by frame while shuttling backwards', () => {
    expect(clipSync({ desiredS: 1, currentS: 1.2, playing: true, rate: -2, fps: 30 })).toEqual({ seekToS: 1, play: false, playbackRate: 1 });
  });

  it('plays at the shuttle rate when within a frame', () => {
    expect(clipSync({ desiredS: 1, currentS: 1.02, playing: true, rate: 2, fps: 30 })).toEqual({ seekToS: null, play: true, playbackRate: 2 });
  });

  it('catches up a small drift by changing speed', () => {
    expect(clipSync({ desiredS: 1, currentS: 1.1, playing: true, rate: 1, fps: 30 })).toEqual({ seekToS: null, play: true, playbackRate: 0.95 });
    expect(clipSync({ desiredS: 1, currentS: 0.9, playing: true, rate: 1, fps: 30 })).toEqual({ seekToS: null, play: true, playbackRate: 1.05 });
  });

  it('seeks when the drift is large', () => {
    expect(clipSync({ desiredS: 4, currentS: 1, playing: true, rate: 1, fps: 30 })).toEqual({ seekToS: 4, play: true, playbackRate: 1 });
  });
});

describe('clipGain', () => {
  it('fades the clip’s sound over its transitions', () => {
    const clip = { volume: 0.8, durationMs: 2000, inMs: 500, outMs: 1000 };
    expect(clipGain({ ...clip, localMs: 0 })).toBe(0);
    expect(clipGain({ ...clip, localMs: 250 })).toBeCloseTo(0.4, 12);
    expect(clipGain({ ...clip, localMs: 800 })).toBeCloseTo(0.8, 12);
    expect(clipGain({ ...clip, localMs: 1500 })).toBeCloseTo(0.4, 12);
  });

  it('is the volume without transitions', () => {
    expect(clipGain({ volume: 1, durationMs: 2000, inMs: 0, outMs: 0, localMs: 0 })).toBe(1);
  });
});
