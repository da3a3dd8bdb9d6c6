import type { PatchOp } from '../../../../preload/contract/document/patch-ops';
import { computeTimeline } from '../../../../preload/contract/layout/timeline';
import type { ProjectDocument } from '../../../../preload/contract/project/document';
import type { Overlay } from '../../../../preload/contract/project/overlay-track';
import type { VideoItem } from '../../../../preload/contract/project/video-track';
import { MIN_PART_MS, locate, refuse, type OpsResult } from './timeline-ops';

const CUT = { kind: 'cut', durationMs: 0 } as const;

function splitVideo(doc: ProjectDocument, index: number, offset: number, newId: string): PatchOp[] {
  const item = doc.tracks.video[index] as VideoItem;
  const at = `/tracks/video/${index}`;
  const next = `/tracks/video/${index + 1}`;
  if (item.type === 'clip') {
    const cut = item.inMs + offset;
    return [
      { op: 'replace', path: `${at}/outMs`, value: cut },
      { op: 'add', path: next, value: { ...item, id: newId, inMs: cut, transitionIn: CUT } },
    ];
  }
  return [
    { op: 'replace', path: `${at}/durationMs`, value: offset },
    { op: 'add', path: next, value: { ...item, id: newId, durationMs: item.durationMs - offset, transitionIn: CUT } },
  ];
}

/** An overlay cut in two reads as one: no fade at the cut. */
function splitOverlay(overlay: Overlay, index: number, atMs: number, newId: string): PatchOp[] {
  const offset = atMs - overlay.startMs;
  const at = `/tracks/overlay/${index}`;
  return [
    { op: 'replace', path: `${at}/durationMs`, value: offset },
    { op: 'replace', path: `${at}/animation/fadeOutMs`, value: 0 },
    {
      op: 'add',
      path: `/tracks/overlay/${index + 1}`,
      value: { ...overlay, id: newId, startMs: atMs, durationMs: overlay.durationMs - offset, animation: { ...overlay.animation, fadeInMs: 0 } },
    },
  ];
}

const longEnough = (offset: number, duration: number): boolean => offset >= MIN_PART_MS && duration - offset >= MIN_PART_MS;

/**
 * Splits at `atMs`: the selected items under the playhead (video items and overlays), or else
 * the video item under it. A video item is split only where both parts keep room for their
 * transitions, so the playhead inside a transition is refused with a reason.
 */
export function splitOps({ doc, atMs, selectedIds, newId }: { doc: ProjectDocument; atMs: number; selectedIds: readonly string[]; newId: () => string }): OpsResult {
  const timeline = computeTimeline(doc);
  const selectedOverlay = selectedIds
    .map((id) => locate(doc, id))
    .find((l) => l?.track === 'overlay' && atMs > (l.item as Overlay).startMs && atMs < (l.item as Overlay).startMs + (l.item as Overlay).durationMs);
  if (selectedOverlay) {
    const overlay = selectedOverlay.item as Overlay;
    if (!longEnough(atMs - overlay.startMs, overlay.durationMs)) return refuse(`a part of the overlay would be shorter than ${MIN_PART_MS} ms`);
    return { ok: true, label: 'Split overlay', ops: splitOverlay(overlay, selectedOverlay.index, atMs, newId()) };
  }
  const under = timeline.items.filter((e) => atMs > e.startMs && atMs < e.endMs);
  if (under.length === 0) return refuse('there is no video item under the playhead');
  const preferred = [...under.filter((e) => selectedIds.includes(e.id)), ...under.filter((e) => !selectedIds.includes(e.id)).reverse()];
  for (const entry of preferred) {
    const offset = atMs - entry.startMs;
    if (!longEnough(offset, entry.durationMs)) continue;
    const ops = splitVideo(doc, entry.index, offset, newId());
    const nextIn = doc.tracks.video[entry.index + 1]?.transitionIn.durationMs ?? 0;
    // Both parts must still hold their transitions (in on the first part, out on the second).
    if (offset < entry.transitionInMs || entry.durationMs - offset < nextIn) continue;
    return { ok: true, label: 'Split clip', ops };
  }
  return refuse(`the playhead is inside a transition or less than ${MIN_PART_MS} ms from a cut; move it to split`);
}
