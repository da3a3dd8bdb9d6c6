import type { ProjectDocument } from '../../../../preload/contract/project/document';
import type { TransitionKind } from '../../../../preload/contract/project/video-track';
import { locate, refuse, type OpsResult } from './timeline-ops';

/** Moves a video item to `toIndex` (its place after the move); its transition in goes with it. */
export function moveItemOps({ doc, itemId, toIndex }: { doc: ProjectDocument; itemId: string; toIndex: number }): OpsResult {
  const found = locate(doc, itemId);
  if (found === null || found.track !== 'video') return refuse(`${itemId} is not a video item of this project`);
  const target = Math.max(0, Math.min(doc.tracks.video.length - 1, Math.trunc(toIndex)));
  if (target === found.index) return { ok: true, label: 'Move clip', ops: [] };
  return { ok: true, label: 'Move clip', ops: [{ op: 'move', from: found.pointer, path: `/tracks/video/${target}` }] };
}

/** Places a copy of a video item right after it, with a new id. */
export function duplicateOps({ doc, itemId, newId }: { doc: ProjectDocument; itemId: string; newId: string }): OpsResult {
  const found = locate(doc, itemId);
  if (found === null) return refuse(`${itemId} is not part of this project`);
  if (found.track !== 'video' && found.track !== 'overlay') return refuse('only video items and overlays can be duplicated');
  const base = found.track === 'video' ? '/tracks/video' : '/tracks/overlay';
  return { ok: true, label: found.track === 'video' ? 'Duplicate clip' : 'Duplicate overlay', ops: [{ op: 'add', path: `${base}/${found.index + 1}`, value: { ...found.item, id: newId } }] };
}

/**
 * Sets the transition into a video item. The first item has none (nothing comes before it);
 * a cut has no duration.
 */
export function transitionOps({ doc, itemId, kind, durationMs }: { doc: ProjectDocument; itemId: string; kind: TransitionKind; durationMs: number }): OpsResult {
  const found = locate(doc, itemId);
  if (found === null || found.track !== 'video') return refuse(`${itemId} is not a video item of this project`);
  if (found.index === 0) return refuse('the first item has no transition in: nothing plays before it');
  const value = kind === 'cut' ? { kind, durationMs: 0 } : { kind, durationMs: Math.max(0, Math.round(durationMs)) };
  return { ok: true, label: kind === 'cut' ? 'Remove transition' : 'Set transition', ops: [{ op: 'replace', path: `${found.pointer}/transitionIn`, value }] };
}
