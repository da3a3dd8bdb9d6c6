import { describe, expect, it } from 'vitest';
import { audioLengthMs, changedFields, dragAudio, dragSpan, type AudioTrim } from './track-item-drag';

/** Snaps to the given targets within 50 ms, like the timeline's edge snapping. */
const snapTo =
  (...targets: number[]) =>
  (ms: number): number =>
    targets.find((t) => Math.abs(t - ms) <= 50) ?? ms;

describe('dragSpan', () => {
  const span = { startMs: 1000, durationMs: 2000 };

  it('moves by the delta and never before 0', () => {
    expect(dragSpan({ span, mode: 'move', deltaMs: 750 })).toEqual({ startMs: 1750, durationMs: 2000 });
    expect(dragSpan({ span, mode: 'move', deltaMs: -1500 })).toEqual({ startMs: 0, durationMs: 2000 });
  });

  it('snaps the start edge first, else the end edge', () => {
    expect(dragSpan({ span, mode: 'move', deltaMs: 480, snap: snapTo(1500) })).toEqual({ startMs: 1500, durationMs: 2000 });
    expect(dragSpan({ span, mode: 'move', deltaMs: 480, snap: snapTo(3500) })).toEqual({ startMs: 1500, durationMs: 2000 });
    expect(dragSpan({ span, mode: 'move', deltaMs: 480, snap: snapTo(1510, 3500) })).toEqual({ startMs: 1510, durationMs: 2000 });
  });

  it('trims the start keeping the end, at least 100 ms long, not before 0', () => {
    expect(dragSpan({ span, mode: 'trim-start', deltaMs: 500 })).toEqual({ startMs: 1500, durationMs: 1500 });
    expect(dragSpan({ span, mode: 'trim-start', deltaMs: 5000 })).toEqual({ startMs: 2900, durationMs: 100 });
    expect(dragSpan({ span, mode: 'trim-start', deltaMs: -4000 })).toEqual({ startMs: 0, durationMs: 3000 });
    expect(dragSpan({ span, mode: 'trim-start', deltaMs: -470, snap: snapTo(500) })).toEqual({ startMs: 500, durationMs: 2500 });
  });

  it('trims the end, at least 100 ms long, snapped', () => {
    expect(dragSpan({ span, mode: 'trim-end', deltaMs: -600 })).toEqual({ startMs: 1000, durationMs: 1400 });
    expect(dragSpan({ span, mode: 'trim-end', deltaMs: -5000 })).toEqual({ startMs: 1000, durationMs: 100 });
    expect(dragSpan({ span, mode: 'trim-end', deltaMs: 990, snap: snapTo(4000) })).toEqual({ startMs: 1000, durationMs: 3000 });
  });

  it('lets an item already shorter than 100 ms keep its length but not shrink', () => {
    const tiny = { startMs: 200, durationMs: 40 };
    expect(dragSpan({ span: tiny, mode: 'trim-end', deltaMs: -30 })).toEqual({ startMs: 200, durationMs: 40 });
    expect(dragSpan({ span: tiny, mode: 'trim-start', deltaMs: 30 })).toEqual({ startMs: 200, durationMs: 40 });
  });
});

describe('audioLengthMs', () => {
  const clip = { startMs: 2000, inMs: 1000, outMs: 5000 };

  it('is the trimmed part of the file, or the whole rest of it without outMs', () => {
    expect(audioLengthMs({ clip, sourceMs: 30_000 })).toBe(4000);
    expect(audioLengthMs({ clip: { ...clip, outMs: undefined }, sourceMs: 30_000 })).toBe(29_000);
  });

  it('reaches the end of the timeline when looping, or the segment when it starts after the end', () => {
    expect(audioLengthMs({ clip, sourceMs: 30_000, loopToMs: 20_000 })).toBe(18_000);
    expect(audioLengthMs({ clip, sourceMs: 30_000, loopToMs: 3000 })).toBe(1000);
    expect(audioLengthMs({ clip, sourceMs: 30_000, loopToMs: 1500 })).toBe(4000);
  });
});

describe('dragAudio', () => {
  const clip: AudioTrim = { startMs: 2000, inMs: 1000, outMs: 5000, fadeInMs: 200, fadeOutMs: 500 };
  const sourceMs = 6000;

  it('moves the start only, not before 0, snapping either edge', () => {
    expect(dragAudio({ clip, mode: 'move', deltaMs: -300, sourceMs })).toEqual({ ...clip, startMs: 1700 });
    expect(dragAudio({ clip, mode: 'move', deltaMs: -3000, sourceMs })).toEqual({ ...clip, startMs: 0 });
    expect(dragAudio({ clip, mode: 'move', deltaMs: 970, sourceMs, snap: snapTo(7000) })).toEqual({ ...clip, startMs: 3000 });
  });

  it('snaps only the start of looping music (its end is the timeline end)', () => {
    expect(dragAudio({ clip, mode: 'move', deltaMs: 970, sourceMs, loopToMs: 20_000, snap: snapTo(7000) })).toEqual({ ...clip, startMs: 2970 });
  });

  it('trims the start by moving start and in-point together, within the file and the timeline', () => {
    expect(dragAudio({ clip, mode: 'trim-start', deltaMs: 400, sourceMs })).toEqual({ ...clip, startMs: 2400, inMs: 1400 });
    expect(dragAudio({ clip, mode: 'trim-start', deltaMs: -1800, sourceMs })).toEqual({ ...clip, startMs: 1000, inMs: 0 });
    expect(dragAudio({ clip: { ...clip, startMs: 300 }, mode: 'trim-start', deltaMs: -800, sourceMs })).toEqual({ ...clip, startMs: 0, inMs: 700 });
    // 100 ms must remain; the fade-out shrinks to half of what is left.
    expect(dragAudio({ clip, mode: 'trim-start', deltaMs: 9000, sourceMs })).toEqual({ startMs: 5900, inMs: 4900, outMs: 5000, fadeInMs: 50, fadeOutMs: 50 });
  });

  it('trims the end within the file, keeping "to the end of the file" when dragged back to it', () => {
    expect(dragAudio({ clip, mode: 'trim-end', deltaMs: -1000, sourceMs })).toEqual({ ...clip, outMs: 4000 });
    expect(dragAudio({ clip, mode: 'trim-end', deltaMs: 5000, sourceMs })).toEqual({ ...clip, outMs: 6000 });
    expect(dragAudio({ clip, mode: 'trim-end', deltaMs: -5000, sourceMs })).toEqual({ startMs: 2000, inMs: 1000, outMs: 1100, fadeInMs: 50, fadeOutMs: 50 });
    const whole = { ...clip, outMs: undefined };
    expect(dragAudio({ clip: whole, mode: 'trim-end', deltaMs: 300, sourceMs })).toEqual(whole);
    expect(dragAudio({ clip: whole, mode: 'trim-end', deltaMs: -2000, sourceMs })).toEqual({ ...clip, outMs: 4000 });
    expect(dragAudio({ clip, mode: 'trim-end', deltaMs: -960, sourceMs, snap: snapTo(5000) })).toEqual({ ...clip, outMs: 4000 });
  });

  it('sets fades within 0 and half the clip; the fade-out handle lengthens to the left', () => {
    expect(dragAudio({ clip, mode: 'fade-in', deltaMs: 600, sourceMs })).toEqual({ ...clip, fadeInMs: 800 });
    expect(dragAudio({ clip, mode: 'fade-in', deltaMs: 9000, sourceMs })).toEqual({ ...clip, fadeInMs: 2000 });
    expect(dragAudio({ clip, mode: 'fade-in', deltaMs: -900, sourceMs })).toEqual({ ...clip, fadeInMs: 0 });
    expect(dragAudio({ clip, mode: 'fade-out', deltaMs: -700, sourceMs })).toEqual({ ...clip, fadeOutMs: 1200 });
    expect(dragAudio({ clip, mode: 'fade-out', deltaMs: 900, sourceMs })).toEqual({ ...clip, fadeOutMs: 0 });
  });

  it('measures fades of looping music against its length to the timeline end', () => {
    expect(dragAudio({ clip, mode: 'fade-out', deltaMs: -20_000, sourceMs, loopToMs: 12_001 })).toEqual({ ...clip, fadeOutMs: 5000 });
  });
});

describe('changedFields', () => {
  it('lists only the fields that changed', () => {
    const clip: AudioTrim = { startMs: 0, inMs: 0, outMs: undefined, fadeInMs: 0, fadeOutMs: 0 };
    expect(changedFields(clip, { ...clip, startMs: 40 })).toEqual({ startMs: 40 });
    expect(changedFields(clip, { ...clip, outMs: 900, inMs: 10 })).toEqual({ inMs: 10, outMs: 900 });
    expect(changedFields(clip, { ...clip })).toEqual({});
  });
});
