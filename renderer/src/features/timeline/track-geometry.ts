import type { Timeline } from '../../../../preload/contract/layout/timeline';
import type { ProjectDocument } from '../../../../preload/contract/project/document';

export interface TrackGeometry {
  pxPerMs: number;
  /** total timeline length in ms */
  durationMs: number;
  /** snap a time (ms) to playhead/item edges/ruler ticks within 8 px; `ignoreId` excludes an item's own edges */
  snapMs(ms: number, ignoreId?: string): number;
}
export interface TrackRowProps {
  geometry: TrackGeometry;
}

/** How close (on screen) a time must come to a target to stick to it. */
export const SNAP_THRESHOLD_PX = 8;
/** Pass as `ignoreId` while scrubbing, so the playhead does not stick to itself. */
export const PLAYHEAD_SNAP_ID = '__playhead__';

export interface SnapTarget {
  ms: number;
  /** The item whose edge this is; snapMs(ms, ignoreId) skips its own edges. */
  ownerId?: string;
}

export const msToPx = (ms: number, pxPerMs: number): number => ms * pxPerMs;
/** Pixels to whole milliseconds (document time is integer ms). */
export const pxToMs = (px: number, pxPerMs: number): number => Math.round(px / pxPerMs);

/** The nearest target within thresholdMs (the earlier target wins a tie), or null. */
export function nearestSnap({ ms, targets, thresholdMs, ignoreId }: { ms: number; targets: readonly SnapTarget[]; thresholdMs: number; ignoreId?: string }): number | null {
  let best: number | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const target of targets) {
    if (ignoreId !== undefined && target.ownerId === ignoreId) continue;
    const distance = Math.abs(target.ms - ms);
    if (distance < bestDistance) {
      best = target.ms;
      bestDistance = distance;
    }
  }
  return bestDistance <= thresholdMs ? best : null;
}

export interface SnapOptions {
  pxPerMs: number;
  targets: readonly SnapTarget[];
  /** Read at call time: the playhead moves without re-rendering anything. */
  playheadMs: () => number;
  /** Major ruler tick spacing; times also stick to its multiples. 0 = no tick snapping. */
  tickMs: number;
  enabled: boolean;
  thresholdPx?: number;
}

/** Builds TrackGeometry.snapMs: playhead and item edges first, then the nearest major ruler tick. */
export function createSnapMs({ pxPerMs, targets, playheadMs, tickMs, enabled, thresholdPx = SNAP_THRESHOLD_PX }: SnapOptions): TrackGeometry['snapMs'] {
  return (ms, ignoreId) => {
    const exact = Math.round(ms);
    if (!enabled || pxPerMs <= 0) return exact;
    const thresholdMs = thresholdPx / pxPerMs;
    const edges: SnapTarget[] = [{ ms: playheadMs(), ownerId: PLAYHEAD_SNAP_ID }, ...targets];
    const edge = nearestSnap({ ms: exact, targets: edges, thresholdMs, ...(ignoreId !== undefined && { ignoreId }) });
    if (edge !== null) return Math.round(edge);
    if (tickMs <= 0) return exact;
    const tick = Math.round(exact / tickMs) * tickMs;
    return Math.abs(tick - exact) <= thresholdMs ? tick : exact;
  };
}

/**
 * Every edge on every track: video items (after transition overlaps), overlays, caption cues,
 * audio clips (their end when the length is known), the start and the end of the project.
 */
export function snapTargets({ doc, timeline, assetDurationMs }: { doc: ProjectDocument; timeline: Timeline; assetDurationMs: (assetId: string) => number | null }): SnapTarget[] {
  const targets: SnapTarget[] = [{ ms: 0 }, { ms: timeline.totalMs }];
  for (const entry of timeline.items) targets.push({ ms: entry.startMs, ownerId: entry.id }, { ms: entry.endMs, ownerId: entry.id });
  for (const ranged of [...doc.tracks.overlay, ...doc.captions.cues]) {
    targets.push({ ms: ranged.startMs, ownerId: ranged.id }, { ms: ranged.startMs + ranged.durationMs, ownerId: ranged.id });
  }
  for (const clip of [...doc.tracks.music, ...doc.tracks.voiceover]) {
    targets.push({ ms: clip.startMs, ownerId: clip.id });
    const sourceEnd = clip.outMs ?? ('assetId' in clip.media ? assetDurationMs(clip.media.assetId) : null);
    if (sourceEnd !== null && sourceEnd > clip.inMs) targets.push({ ms: clip.startMs + sourceEnd - clip.inMs, ownerId: clip.id });
  }
  return targets;
}
