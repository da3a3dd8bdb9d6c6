import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { VideoItem } from '../project/video-track';
import { computeTimeline } from './timeline';

type VideoItemInput = z.input<typeof VideoItem>;

const parse = (items: VideoItemInput[]): { tracks: { video: VideoItem[] } } => ({ tracks: { video: items.map((i) => VideoItem.parse(i)) } });
const card = (id: string, durationMs: number, transitionIn?: { kind: 'crossfade' | 'cut' | 'fade-black'; durationMs: number }): VideoItemInput => ({ id, type: 'card', durationMs, ...(transitionIn ? { transitionIn } : {}) });
const clip = (id: string, inMs: number, outMs: number, transitionIn?: { kind: 'crossfade'; durationMs: number }): VideoItemInput => ({
  id,
  type: 'clip',
  media: { path: '/m.mp4' },
  inMs,
  outMs,
  ...(transitionIn ? { transitionIn } : {}),
});

describe('computeTimeline', () => {
  it('places items back to back when every transition is a cut', () => {
    expect(computeTimeline(parse([card('a', 2000), clip('b', 500, 3500), card('c', 1000)]))).toEqual({
      items: [
        { id: 'a', index: 0, startMs: 0, endMs: 2000, durationMs: 2000, transitionInMs: 0 },
        { id: 'b', index: 1, startMs: 2000, endMs: 5000, durationMs: 3000, transitionInMs: 0 },
        { id: 'c', index: 2, startMs: 5000, endMs: 6000, durationMs: 1000, transitionInMs: 0 },
      ],
      totalMs: 6000,
      issues: [],
    });
  });

  it('starts item k at the sum of previous durations minus the sum of the overlaps', () => {
    const xf = { kind: 'crossfade' as const, durationMs: 500 };
    const t = computeTimeline(parse([card('intro', 2000), clip('c1', 0, 5000, xf), clip('c2', 0, 5000, xf), card('outro', 2000, { kind: 'fade-black', durationMs: 300 })]));
    expect(t.items.map((i) => [i.id, i.startMs, i.endMs])).toEqual([
      ['intro', 0, 2000],
      ['c1', 1500, 6500],
      ['c2', 6000, 11000],
      ['outro', 10700, 12700],
    ]);
    expect(t.totalMs).toBe(2000 + 5000 + 5000 + 2000 - 500 - 500 - 300);
    expect(t.issues).toEqual([]);
  });

  it('ignores a transition on the first item', () => {
    const t = computeTimeline(parse([card('a', 1000, { kind: 'crossfade', durationMs: 400 }), card('b', 1000)]));
    expect(t.items.map((i) => [i.startMs, i.transitionInMs])).toEqual([
      [0, 0],
      [1000, 0],
    ]);
  });

  it('reports an item whose transitions are longer than the item, naming it', () => {
    const t = computeTimeline(parse([card('a', 1000), card('short', 600, { kind: 'crossfade', durationMs: 400 }), card('c', 1000, { kind: 'crossfade', durationMs: 300 })]));
    expect(t.issues).toEqual([{ itemId: 'short', message: 'its transitions (400 ms in + 300 ms out) are longer than the item (600 ms)' }]);
  });

  it('accepts an item that is exactly used up by its transitions', () => {
    const t = computeTimeline(parse([card('a', 1000), card('b', 700, { kind: 'crossfade', durationMs: 400 }), card('c', 1000, { kind: 'crossfade', durationMs: 300 })]));
    expect(t.issues).toEqual([]);
    expect(t.totalMs).toBe(2000);
  });

  it('is empty for an empty track', () => {
    expect(computeTimeline({ tracks: { video: [] } })).toEqual({ items: [], totalMs: 0, issues: [] });
  });
});
