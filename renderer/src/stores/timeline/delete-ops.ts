import type { PatchOp } from '../../../../preload/contract/document/patch-ops';
import { computeTimeline, type Timeline } from '../../../../preload/contract/layout/timeline';
import type { ProjectDocument } from '../../../../preload/contract/project/document';
import { locate, plural, refuse, removeOps, timedItems, type Located, type OpsResult } from './timeline-ops';

function selected(doc: ProjectDocument, ids: readonly string[]): Located[] {
  return ids.map((id) => locate(doc, id)).filter((l): l is Located => l !== null);
}

/**
 * Removes the selected items. The video track is one continuous sequence, so the items after a
 * removed one move up; overlays, audio and captions stay at their times.
 */
export function deleteOps({ doc, ids }: { doc: ProjectDocument; ids: readonly string[] }): OpsResult {
  const items = selected(doc, ids);
  if (items.length === 0) return refuse('nothing is selected');
  return { ok: true, label: `Delete ${plural(items.length, 'item', 'items')}`, ops: removeOps(items) };
}

/** Where a time of the old timeline lands once some video items are gone. */
function remapTime(t: number, before: Timeline, after: Timeline): number {
  const newStart = new Map(after.items.map((e) => [e.id, e.startMs]));
  const kept = before.items.filter((e) => newStart.has(e.id));
  const inside = kept.filter((e) => t >= e.startMs && t < e.endMs).at(-1);
  if (inside) return t - (inside.startMs - (newStart.get(inside.id) ?? inside.startMs));
  if (t >= before.totalMs) return Math.max(0, t - (before.totalMs - after.totalMs));
  // In a removed stretch: it closes up to where the next kept item now starts.
  const next = kept.find((e) => e.startMs > t);
  return next ? (newStart.get(next.id) ?? 0) : after.totalMs;
}

/**
 * Removes the selected items and closes the gap left by removed video items on every track:
 * overlays, audio and caption cues after the removed stretch move earlier with the video.
 */
export function rippleDeleteOps({ doc, ids }: { doc: ProjectDocument; ids: readonly string[] }): OpsResult {
  const items = selected(doc, ids);
  if (items.length === 0) return refuse('nothing is selected');
  const removedIds = new Set(items.map((l) => l.item.id));
  const before = computeTimeline(doc);
  const after = computeTimeline({ tracks: { video: doc.tracks.video.filter((v) => !removedIds.has(v.id)) } });
  const shifts: PatchOp[] = [];
  if (items.some((l) => l.track === 'video')) {
    for (const timed of timedItems(doc)) {
      if (removedIds.has(timed.id)) continue;
      const startMs = remapTime(timed.startMs, before, after);
      if (startMs !== timed.startMs) shifts.push({ op: 'replace', path: `${timed.pointer}/startMs`, value: startMs });
    }
  }
  // Shifts first: they name pointers of the document before anything is removed.
  return { ok: true, label: `Ripple delete ${plural(items.length, 'item', 'items')}`, ops: [...shifts, ...removeOps(items)] };
}
