import type { VideoItem } from '../project/video-track';

/** Where one video item sits on the output timeline, in milliseconds. */
export interface TimelineEntry {
  id: string;
  index: number;
  /** When the item starts to show (the start of its transition in, if any). */
  startMs: number;
  endMs: number;
  durationMs: number;
  /** Overlap with the previous item (0 for the first item and for cuts). */
  transitionInMs: number;
}

export interface TimelineIssue {
  itemId: string;
  message: string;
}

export interface Timeline {
  items: TimelineEntry[];
  totalMs: number;
  /** Problems that make the timeline unrenderable; empty when it is fine. */
  issues: TimelineIssue[];
}

/** How long an item lasts on the timeline before overlaps. */
export function itemDurationMs(item: VideoItem): number {
  return item.type === 'clip' ? item.outMs - item.inMs : item.durationMs;
}

/** The transition into item `index` counts only after the first item. */
function overlapIn(items: readonly VideoItem[], index: number): number {
  const item = items[index];
  return index === 0 || item === undefined ? 0 : item.transitionIn.durationMs;
}

/**
 * Places every video item: item k starts at (sum of the previous durations − sum of the previous
 * transition overlaps), i.e. where the previous item ends minus k's own transition. Integer sums
 * only, so positions are exact. The editor's preview and the export planner both use this.
 */
export function computeTimeline(document: { tracks: { video: readonly VideoItem[] } }): Timeline {
  const video = document.tracks.video;
  const items: TimelineEntry[] = [];
  const issues: TimelineIssue[] = [];
  let previousEnd = 0;
  video.forEach((item, index) => {
    const durationMs = itemDurationMs(item);
    const transitionInMs = overlapIn(video, index);
    const transitionOutMs = overlapIn(video, index + 1);
    if (transitionInMs + transitionOutMs > durationMs) {
      issues.push({
        itemId: item.id,
        message: `its transitions (${transitionInMs} ms in + ${transitionOutMs} ms out) are longer than the item (${durationMs} ms)`,
      });
    }
    const startMs = Math.max(0, previousEnd - transitionInMs);
    const endMs = startMs + durationMs;
    items.push({ id: item.id, index, startMs, endMs, durationMs, transitionInMs });
    previousEnd = Math.max(previousEnd, endMs);
  });
  return { items, totalMs: previousEnd, issues };
}
