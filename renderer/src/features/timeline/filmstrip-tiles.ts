/**
 * Which sprite frame each filmstrip tile shows. The sprite holds `frames` tiles side by side,
 * tile i showing the source at frameTimesMs[i]; the strip repeats tiles at their natural aspect
 * across the item and picks, for each, the frame nearest the source time under its middle.
 */

/** Enough to cover about 10 s at the highest zoom; the rest of a longer item shows the thumbnail. */
export const MAX_TILES = 160;

export interface Tile {
  /** Left edge in px from the item's start. */
  x: number;
  /** Index of the sprite frame. */
  frame: number;
}

/** Index of the value nearest `ms` in an ascending list (the earlier one on a tie); -1 when empty. */
export function nearestIndex(sortedMs: readonly number[], ms: number): number {
  if (sortedMs.length === 0) return -1;
  let lo = 0;
  let hi = sortedMs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sortedMs[mid] ?? 0) < ms) lo = mid + 1;
    else hi = mid;
  }
  const before = lo - 1;
  if (before >= 0 && Math.abs((sortedMs[before] ?? 0) - ms) <= Math.abs((sortedMs[lo] ?? 0) - ms)) return before;
  return lo;
}

export interface TileInput {
  frameTimesMs: readonly number[];
  inMs: number;
  outMs: number;
  widthPx: number;
  /** Width of one tile as drawn (tile aspect × strip height). */
  tileWidthPx: number;
}

export function filmstripTiles({ frameTimesMs, inMs, outMs, widthPx, tileWidthPx }: TileInput): Tile[] {
  if (frameTimesMs.length === 0 || widthPx <= 0 || tileWidthPx <= 0 || outMs <= inMs) return [];
  const count = Math.min(MAX_TILES, Math.ceil(widthPx / tileWidthPx));
  const tiles: Tile[] = [];
  for (let i = 0; i < count; i += 1) {
    const x = i * tileWidthPx;
    const middle = (x + Math.min(widthPx, x + tileWidthPx)) / 2;
    const sourceMs = Math.min(outMs - 1, inMs + (middle / widthPx) * (outMs - inMs));
    tiles.push({ x, frame: nearestIndex(frameTimesMs, sourceMs) });
  }
  return tiles;
}
