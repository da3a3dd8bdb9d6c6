import { describe, expect, it } from 'vitest';
import { computeTimeline } from '../../../../preload/contract/layout/timeline';
import { ASSET_A, card, clip, sampleDoc, text } from '../../stores/test-support/sample-doc';
import { PLAYHEAD_SNAP_ID, createSnapMs, msToPx, nearestSnap, pxToMs, snapTargets, type SnapTarget } from './track-geometry';

describe('ms ↔ px', () => {
  it('scales by pxPerMs and rounds back to whole ms', () => {
    expect(msToPx(2_500, 0.08)).toBe(200);
    expect(pxToMs(200, 0.08)).toBe(2_500);
    expect(pxToMs(101, 0.08)).toBe(1_263);
  });
});

describe('nearestSnap', () => {
  const targets: SnapTarget[] = [{ ms: 1_000, ownerId: 'a' }, { ms: 1_050, ownerId: 'b' }, { ms: 3_000 }];
  it('picks the nearest target within the threshold', () => {
    expect(nearestSnap({ ms: 1_040, targets, thresholdMs: 100 })).toBe(1_050);
    expect(nearestSnap({ ms: 1_010, targets, thresholdMs: 100 })).toBe(1_000);
    expect(nearestSnap({ ms: 2_000, targets, thresholdMs: 100 })).toBeNull();
  });
  it('includes the threshold itself and skips the ignored owner', () => {
    expect(nearestSnap({ ms: 2_900, targets, thresholdMs: 100 })).toBe(3_000);
    expect(nearestSnap({ ms: 1_040, targets, thresholdMs: 100, ignoreId: 'b' })).toBe(1_000);
  });
});

describe('createSnapMs', () => {
  const targets: SnapTarget[] = [{ ms: 0 }, { ms: 4_000, ownerId: 'x' }, { ms: 9_000 }];
  // 0.1 px per ms: the 8 px threshold is 80 ms.
  const snap = (overrides: Partial<Parameters<typeof createSnapMs>[0]> = {}) =>
    createSnapMs({ pxPerMs: 0.1, targets, playheadMs: () => 6_000, tickMs: 1_000, enabled: true, ...overrides });

  it('sticks to item edges and the playhead within 8 px', () => {
    expect(snap()(4_070)).toBe(4_000);
    expect(snap()(5_930)).toBe(6_000);
    expect(snap()(8_921)).toBe(9_000);
  });
  it('converts the threshold through the zoom', () => {
    // At 1 px per ms the threshold is 8 ms: 4 070 is too far from 4 000 (and from the 4 000 tick).
    expect(snap({ pxPerMs: 1 })(4_070)).toBe(4_070);
    expect(snap({ pxPerMs: 1 })(4_007)).toBe(4_000);
  });
  it('falls back to the major ruler tick, and prefers edges over ticks', () => {
    expect(snap()(2_050)).toBe(2_000);
    expect(snap()(2_500)).toBe(2_500);
    expect(snap({ targets: [{ ms: 3_060 }] })(3_020)).toBe(3_060);
  });
  it('ignores an item its own edges and the playhead while scrubbing', () => {
    expect(snap()(4_070, 'x')).toBe(4_000); // the 4 s tick still holds it
    expect(snap({ tickMs: 0 })(4_070, 'x')).toBe(4_070);
    expect(snap({ tickMs: 0 })(5_950, PLAYHEAD_SNAP_ID)).toBe(5_950);
  });
  it('reads the playhead when called, not when built', () => {
    let at = 1_500;
    const live = snap({ playheadMs: () => at, tickMs: 0 });
    expect(live(1_530)).toBe(1_500);
    at = 7_000;
    expect(live(7_020)).toBe(7_000);
  });
  it('returns whole ms unchanged when snapping is off', () => {
    expect(snap({ enabled: false })(4_070.4)).toBe(4_070);
  });
});

describe('snapTargets', () => {
  it('lists video edges after overlaps, overlay and cue ranges, audio edges, 0 and the end', () => {
    const doc = sampleDoc({
      video: [card('c1', 3_000), clip('v2', 500, 2_500, { kind: 'crossfade', durationMs: 500 })],
      overlay: [text('t1', 1_000, 2_000)],
      music: [{ id: 'm1', media: { assetId: ASSET_A }, startMs: 200 }],
      voiceover: [{ id: 'vo1', media: { assetId: ASSET_A }, startMs: 1_000, inMs: 100, outMs: 1_100 }],
    });
    const timeline = computeTimeline(doc);
    const targets = snapTargets({ doc, timeline, assetDurationMs: () => 10_000 });
    expect(targets).toEqual([
      { ms: 0 },
      { ms: 4_500 },
      { ms: 0, ownerId: 'c1' },
      { ms: 3_000, ownerId: 'c1' },
      { ms: 2_500, ownerId: 'v2' },
      { ms: 4_500, ownerId: 'v2' },
      { ms: 1_000, ownerId: 't1' },
      { ms: 3_000, ownerId: 't1' },
      { ms: 200, ownerId: 'm1' },
      { ms: 10_200, ownerId: 'm1' },
      { ms: 1_000, ownerId: 'vo1' },
      { ms: 2_000, ownerId: 'vo1' },
    ]);
  });
  it('leaves out an audio end it cannot know', () => {
    const doc = sampleDoc({ music: [{ id: 'm1', media: { assetId: ASSET_A }, startMs: 200 }] });
    expect(snapTargets({ doc, timeline: computeTimeline(doc), assetDurationMs: () => null })).toEqual([{ ms: 0 }, { ms: 0 }, { ms: 200, ownerId: 'm1' }]);
  });
});
