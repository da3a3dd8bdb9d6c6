import { describe, expect, it } from 'vitest';
import { filmstripTiles, MAX_TILES, nearestIndex } from './filmstrip-tiles';

const frameTimesMs = [0, 1000, 2000, 3000, 4000];

describe('nearestIndex', () => {
  it('finds the nearest time, the earlier on a tie', () => {
    expect(nearestIndex(frameTimesMs, 1400)).toBe(1);
    expect(nearestIndex(frameTimesMs, 1600)).toBe(2);
    expect(nearestIndex(frameTimesMs, 1500)).toBe(1);
    expect(nearestIndex(frameTimesMs, -50)).toBe(0);
    expect(nearestIndex(frameTimesMs, 9000)).toBe(4);
    expect(nearestIndex([], 10)).toBe(-1);
  });
});

describe('filmstripTiles', () => {
  it('picks the frame nearest the source time under each tile middle', () => {
    expect(filmstripTiles({ frameTimesMs, inMs: 1000, outMs: 3000, widthPx: 200, tileWidthPx: 50 })).toEqual([
      { x: 0, frame: 1 },
      { x: 50, frame: 2 },
      { x: 100, frame: 2 },
      { x: 150, frame: 3 },
    ]);
  });

  it('uses the visible middle of a cut-off last tile', () => {
    expect(filmstripTiles({ frameTimesMs, inMs: 1000, outMs: 3000, widthPx: 120, tileWidthPx: 50 }).map((t) => t.frame)).toEqual([1, 2, 3]);
  });

  it('stays inside [inMs, outMs)', () => {
    expect(filmstripTiles({ frameTimesMs, inMs: 0, outMs: 2400, widthPx: 10, tileWidthPx: 50 })).toEqual([{ x: 0, frame: 1 }]);
    expect(filmstripTiles({ frameTimesMs: [0, 2000], inMs: 0, outMs: 1001, widthPx: 1000, tileWidthPx: 1 }).at(-1)).toEqual({ x: MAX_TILES - 1, frame: 0 });
  });

  it('stops at MAX_TILES and draws nothing for empty input', () => {
    expect(filmstripTiles({ frameTimesMs, inMs: 0, outMs: 4000, widthPx: 100_000, tileWidthPx: 10 })).toHaveLength(MAX_TILES);
    expect(filmstripTiles({ frameTimesMs: [], inMs: 0, outMs: 4000, widthPx: 100, tileWidthPx: 10 })).toEqual([]);
    expect(filmstripTiles({ frameTimesMs, inMs: 0, outMs: 4000, widthPx: 0, tileWidthPx: 10 })).toEqual([]);
  });
});
