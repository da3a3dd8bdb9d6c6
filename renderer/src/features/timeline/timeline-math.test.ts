import { describe, expect, it } from 'vitest';
import { card, clip, sampleDoc, still } from '../../stores/test-support/sample-doc';
import { clampTrimDelta, dropIndex, fitZoom, transitionMaxMs, trimFloorMs, zoomScrollLeft } from './timeline-math';

describe('dropIndex', () => {
  const entries = [
    { startMs: 0, endMs: 2_000 },
    { startMs: 2_000, endMs: 3_000 },
    { startMs: 2_600, endMs: 5_000 },
  ];
  it('inserts before the first item whose middle is right of the pointer', () => {
    expect(dropIndex(entries, 0)).toBe(0);
    expect(dropIndex(entries, 999)).toBe(0);
    expect(dropIndex(entries, 1_000)).toBe(1);
    expect(dropIndex(entries, 2_499)).toBe(1);
    expect(dropIndex(entries, 3_799)).toBe(2);
    expect(dropIndex(entries, 3_800)).toBe(3);
    expect(dropIndex(entries, 60_000)).toBe(3);
  });
  it('answers 0 on an empty track', () => {
    expect(dropIndex([], 1_234)).toBe(0);
  });
});

describe('trim preview clamping', () => {
  const doc = sampleDoc({
    video: [clip('v1', 1_000, 3_000), still('s2', 2_000), card('c3', 1_500, { kind: 'crossfade', durationMs: 600 })],
  });
  const [v1, s2, c3] = doc.tracks.video;
  if (!v1 || !s2 || !c3) throw new Error('sample document is missing items');

  it('floors at the transitions around the item and at 100 ms', () => {
    expect(trimFloorMs(doc.tracks.video, 0)).toBe(100);
    expect(trimFloorMs(doc.tracks.video, 1)).toBe(600);
    expect(trimFloorMs(doc.tracks.video, 2)).toBe(600);
  });
  it('keeps a clip inside its source file', () => {
    expect(clampTrimDelta({ item: v1, edge: 'start', deltaMs: -5_000, floorMs: 100, sourceDurationMs: 4_000 })).toBe(-1_000);
    expect(clampTrimDelta({ item: v1, edge: 'start', deltaMs: 5_000, floorMs: 100, sourceDurationMs: 4_000 })).toBe(1_900);
    expect(clampTrimDelta({ item: v1, edge: 'end', deltaMs: 5_000, floorMs: 100, sourceDurationMs: 4_000 })).toBe(1_000);
    expect(clampTrimDelta({ item: v1, edge: 'end', deltaMs: -5_000, floorMs: 100, sourceDurationMs: 4_000 })).toBe(-1_900);
    expect(clampTrimDelta({ item: v1, edge: 'end', deltaMs: 5_000.4, floorMs: 100, sourceDurationMs: null })).toBe(5_000);
  });
  it('lets stills and cards grow freely and shrink to the floor', () => {
    expect(clampTrimDelta({ item: s2, edge: 'start', deltaMs: -3_000, floorMs: 600, sourceDurationMs: null })).toBe(-3_000);
    expect(clampTrimDelta({ item: s2, edge: 'start', deltaMs: 3_000, floorMs: 600, sourceDurationMs: null })).toBe(1_400);
    expect(clampTrimDelta({ item: c3, edge: 'end', deltaMs: -3_000, floorMs: 600, sourceDurationMs: null })).toBe(-900);
    expect(clampTrimDelta({ item: c3, edge: 'end', deltaMs: 250, floorMs: 600, sourceDurationMs: null })).toBe(250);
  });
});

describe('zoom', () => {
  const bounds = { min: 10, max: 1_000, fallback: 80 };
  it('fits the whole timeline into the width', () => {
    expect(fitZoom({ totalMs: 10_000, widthPx: 800, ...bounds })).toBe(80);
    expect(fitZoom({ totalMs: 1_000_000, widthPx: 800, ...bounds })).toBe(10);
    expect(fitZoom({ totalMs: 100, widthPx: 800, ...bounds })).toBe(1_000);
    expect(fitZoom({ totalMs: 0, widthPx: 800, ...bounds })).toBe(80);
  });
  it('keeps the time under the pointer in place', () => {
    // 5 s at 0.2 px/ms is 1000 px into the lanes; lanes start 120 px in; the pointer is 400 px from the left.
    expect(zoomScrollLeft({ anchorMs: 5_000, pxPerMs: 0.2, viewportX: 400, laneOffsetPx: 120 })).toBe(720);
    expect(zoomScrollLeft({ anchorMs: 100, pxPerMs: 0.2, viewportX: 400, laneOffsetPx: 120 })).toBe(0);
  });
});

describe('transitionMaxMs', () => {
  const video = sampleDoc({
    video: [clip('a', 0, 3_000), card('b', 1_000, { kind: 'crossfade', durationMs: 300 }), still('c', 5_000), card('d', 2_000, { kind: 'crossfade', durationMs: 400 })],
  }).tracks.video;
  it('is limited by both neighbours and their other transitions', () => {
    expect(transitionMaxMs(video, 0)).toBe(0);
    expect(transitionMaxMs(video, 1)).toBe(1_000);
    expect(transitionMaxMs(video, 2)).toBe(700);
    expect(transitionMaxMs(video, 3)).toBe(2_000);
  });
});
