import type { TimelineEntry } from '../../../../preload/contract/layout/timeline';
import type { VideoItem } from '../../../../preload/contract/project/video-track';

/** The store's trim floor (stores/timeline MIN_PART_MS): no item gets shorter than this. */
export const MIN_ITEM_MS = 100;

/**
 * Where a drop at atMs lands in the video track: before the first item whose middle is after
 * the pointer, else at the end. Entries are in track order.
 */
export function dropIndex(entries: readonly Pick<TimelineEntry, 'startMs' | 'endMs'>[], atMs: number): number {
  const index = entries.findIndex((e) => atMs < (e.startMs + e.endMs) / 2);
  return index === -1 ? entries.length : index;
}

/** The shortest an item may become: its own transition in plus the next item's, and never below MIN_ITEM_MS. */
export function trimFloorMs(video: readonly VideoItem[], index: number): number {
  const own = index > 0 ? (video[index]?.transitionIn.durationMs ?? 0) : 0;
  const next = video[index + 1]?.transitionIn.durationMs ?? 0;
  return Math.max(MIN_ITEM_MS, own + next);
}

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

/**
 * The edge movement a trim preview may show, following the store's rules (trim-ops): clips move
 * their in/out point inside the source file; stills and cards change their duration. Negative
 * deltas move an edge left. Returns whole ms.
 */
export function clampTrimDelta({ item, edge, deltaMs, floorMs, sourceDurationMs }: { item: VideoItem; edge: 'start' | 'end'; deltaMs: number; floorMs: number; sourceDurationMs: number | null }): number {
  const delta = Math.round(deltaMs);
  if (item.type === 'clip') {
    if (edge === 'start') return clamp(item.inMs + delta, 0, Math.max(0, item.outMs - floorMs)) - item.inMs;
    const sourceEnd = sourceDurationMs ?? Number.POSITIVE_INFINITY;
    return clamp(item.outMs + delta, item.inMs + floorMs, Math.max(sourceEnd, item.inMs + floorMs)) - item.outMs;
  }
  // A still or card: the start edge shortens it by delta, the end edge lengthens it by delta.
  return edge === 'start' ? Math.min(delta, item.durationMs - floorMs) : Math.max(delta, floorMs - item.durationMs);
}

/** The px-per-second zoom that shows totalMs in widthPx (within the store's zoom bounds). */
export function fitZoom({ totalMs, widthPx, min, max, fallback }: { totalMs: number; widthPx: number; min: number; max: number; fallback: number }): number {
  if (totalMs <= 0 || widthPx <= 0) return fallback;
  return clamp((widthPx * 1000) / totalMs, min, max);
}

/**
 * The scrollLeft that keeps anchorMs under the pointer after a zoom: lanes begin laneOffsetPx
 * into the scrolled content (after the sticky track headers); viewportX is the pointer's
 * distance from the scroll container's left edge.
 */
export function zoomScrollLeft({ anchorMs, pxPerMs, viewportX, laneOffsetPx }: { anchorMs: number; pxPerMs: number; viewportX: number; laneOffsetPx: number }): number {
  return Math.max(0, laneOffsetPx + anchorMs * pxPerMs - viewportX);
}

/**
 * The longest transition into item `index`: both neighbours must still be at least as long as
 * the transitions they take part in (the store refuses anything more).
 */
export function transitionMaxMs(video: readonly VideoItem[], index: number): number {
  const item = video[index];
  const previous = video[index - 1];
  if (index < 1 || item === undefined || previous === undefined) return 0;
  const previousIn = index - 1 > 0 ? previous.transitionIn.durationMs : 0;
  const nextIn = video[index + 1]?.transitionIn.durationMs ?? 0;
  return Math.max(0, Math.min(itemLength(previous) - previousIn, itemLength(item) - nextIn));
}

const itemLength = (item: VideoItem): number => (item.type === 'clip' ? item.outMs - item.inMs : item.durationMs);
