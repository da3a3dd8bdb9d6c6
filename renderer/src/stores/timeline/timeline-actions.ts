import { applyPatch } from '../../../../preload/contract/document/apply-patch';
import { computeTimeline } from '../../../../preload/contract/layout/timeline';
import { ProjectDocument } from '../../../../preload/contract/project/document';
import type { TransitionKind } from '../../../../preload/contract/project/video-track';
import { useAppStore } from '../app-store';
import { documentActions, type EditResult } from '../document-actions';
import { newItemId } from '../document-ids';
import { playhead } from '../playhead';
import { duplicateOps, moveItemOps, transitionOps } from './arrange-ops';
import { deleteOps, rippleDeleteOps } from './delete-ops';
import { insertAssetOps } from './insert-ops';
import { splitOps } from './split-ops';
import type { OpsResult } from './timeline-ops';
import { trimOps, type TrimEdge } from './trim-ops';

/** Refuses an edit that would leave a video item shorter than its transitions (the export would fail). */
function withoutNewIssues(doc: ProjectDocument, built: OpsResult): OpsResult {
  if (!built.ok || built.ops.length === 0) return built;
  const outcome = applyPatch(doc, built.ops);
  if (!outcome.ok) return { ok: false, reason: outcome.reason };
  // Added items may leave out defaults (transitionIn …); the schema fills them, as documentActions.apply will.
  const after = ProjectDocument.safeParse(outcome.document);
  if (!after.success) return built;
  const known = new Set(computeTimeline(doc).issues.map((i) => `${i.itemId} ${i.message}`));
  const added = computeTimeline(after.data).issues.find((i) => !known.has(`${i.itemId} ${i.message}`));
  return added ? { ok: false, reason: `${added.itemId}: ${added.message}` } : built;
}

function run(build: (doc: ProjectDocument) => OpsResult): EditResult {
  const { doc } = useAppStore.getState();
  if (doc === null) return { ok: false, reason: 'no project is open' };
  const built = withoutNewIssues(doc, build(doc));
  return built.ok ? documentActions.apply(built.label, built.ops) : built;
}

const selectedIds = (): string[] => useAppStore.getState().selectedIds;

function sourceDuration(doc: ProjectDocument, itemId: string): number | null {
  const item = [...doc.tracks.video, ...doc.tracks.music, ...doc.tracks.voiceover].find((i) => i.id === itemId);
  const media = item && 'media' in item ? item.media : null;
  if (media === null || !('assetId' in media)) return null;
  return useAppStore.getState().assets.find((a) => a.id === media.assetId)?.durationMs ?? null;
}

/**
 * Timeline edits on the open document, as one undo step each. They work on the document and
 * the shared layout math alone, so shortcuts, menus and the timeline UI all call these.
 * Each answers { ok: false, reason } (and changes nothing) when the edit is not possible.
 */
export const timelineActions = {
  /** S / Mod+K: splits the selected item under the playhead, else the video item under it. */
  splitAtPlayhead(): EditResult {
    return run((doc) => splitOps({ doc, atMs: playhead.get(), selectedIds: selectedIds(), newId: () => newItemId('item') }));
  },
  /** Delete: removes the selection; the video track closes up, other tracks keep their times. */
  deleteSelected(): EditResult {
    return run((doc) => deleteOps({ doc, ids: selectedIds() }));
  },
  /** Shift+Delete: removes the selection and moves everything after it earlier on every track. */
  rippleDeleteSelected(): EditResult {
    return run((doc) => rippleDeleteOps({ doc, ids: selectedIds() }));
  },
  duplicateSelected(): EditResult {
    const first = selectedIds()[0];
    if (first === undefined) return { ok: false, reason: 'nothing is selected' };
    return run((doc) => duplicateOps({ doc, itemId: first, newId: newItemId('item') }));
  },
  /** Reorder: `toIndex` is the item's position in the video track after the move. */
  moveItem(itemId: string, toIndex: number): EditResult {
    return run((doc) => moveItemOps({ doc, itemId, toIndex }));
  },
  /** Drags an edge by deltaMs; clips are held inside their source file's length when it is known. */
  trimItem({ itemId, edge, deltaMs }: { itemId: string; edge: TrimEdge; deltaMs: number }): EditResult {
    return run((doc) => trimOps({ doc, itemId, edge, deltaMs, sourceDurationMs: sourceDuration(doc, itemId) }));
  },
  /** Adds a project asset to the timeline (end of the video track, or `atIndex`); answers the new item's id. */
  insertAsset(assetId: string, atIndex?: number): EditResult & { itemId?: string } {
    const asset = useAppStore.getState().assets.find((a) => a.id === assetId);
    if (asset === undefined) return { ok: false, reason: 'that media is not part of this project' };
    const itemId = newItemId(asset.kind === 'audio' ? 'music' : 'item');
    const result = run((doc) => insertAssetOps({ doc, asset, newId: itemId, ...(atIndex !== undefined && { atIndex }) }));
    return result.ok ? { ok: true, itemId } : result;
  },
  setTransition({ itemId, kind, durationMs }: { itemId: string; kind: TransitionKind; durationMs: number }): EditResult {
    return run((doc) => transitionOps({ doc, itemId, kind, durationMs }));
  },
};
