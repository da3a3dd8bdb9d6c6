import { describe, expect, it } from 'vitest';
import { computeTimeline } from '../../../../preload/contract/layout';
import { card, clip, still } from './test-support/items';
import { videoAt } from './video-at';

// intro 1000 ms, clip 2000 ms crossfading in over 500 ms, still 1000 ms after a cut: 3500 ms.
const items = [card('intro', 1000), clip('clip', 500, 2500, { kind: 'crossfade', durationMs: 500 }), still('still', 1000)];
const timeline = computeTimeline({ tracks: { video: items } });
const at = (ms: number): ReturnType<typeof videoAt> => videoAt({ items, timeline, fps: 30, ms });

describe('videoAt', () => {
  it('shows the first item alone before the transition', () => {
    const state = at(400);
    expect(state.frame).toBe(12);
    expect(state.current).toMatchObject({ index: 0, startFrame: 0, frames: 30, localFrame: 12 });
    expect(state.transition).toBeNull();
  });

  it('counts the transition in frames from the incoming item’s first frame, as the render does', () => {
    // The clip starts at 500 ms = frame 15 and overlaps the intro until frame 30: 15 steps.
    const first = at(500);
    expect(first.current).toMatchObject({ index: 1, startFrame: 15, frames: 60, localFrame: 0 });
    expect(first.transition).toMatchObject({ kind: 'crossfade', step: 0, steps: 15 });
    expect(first.transition?.from).toMatchObject({ index: 0, localFrame: 15 });
    expect(at(967).transition).toMatchObject({ step: 14, steps: 15 });
    expect(at(1000).transition).toBeNull();
  });

  it('cuts straight to an item without a transition', () => {
    // The clip ends at 2500 ms = frame 75, where the still starts.
    expect(at(2467).current).toMatchObject({ index: 1, localFrame: 59 });
    const still = at(2500);
    expect(still.current).toMatchObject({ index: 2, startFrame: 75, frames: 30, localFrame: 0 });
    expect(still.transition).toBeNull();
  });

  it('rounds the playhead to the nearest frame, as frame stepping does', () => {
    expect(at(16).frame).toBe(0);
    expect(at(17).frame).toBe(1);
    expect(at(33).frame).toBe(1);
  });

  it('holds the last frame at and past the end', () => {
    expect(at(3500)).toMatchObject({ frame: 104, current: { index: 2, localFrame: 29 } });
    expect(at(9000).frame).toBe(104);
  });

  it('has nothing to show on an empty timeline', () => {
    expect(videoAt({ items: [], timeline: computeTimeline({ tracks: { video: [] } }), fps: 30, ms: 0 })).toEqual({ frame: 0, current: null, transition: null });
  });
});
