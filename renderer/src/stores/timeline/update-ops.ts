import type { ProjectDocument } from '../../../../preload/contract/project/document';
import type { PatchOp } from '../../../../preload/contract/document/patch-ops';
import { locate, type OpsResult } from './timeline-ops';

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Replaces (or adds, or with undefined removes) top-level fields of the object at `pointer`. */
function fieldOps(pointer: string, current: Record<string, unknown>, changes: Record<string, unknown>): PatchOp[] {
  const ops: PatchOp[] = [];
  for (const [key, value] of Object.entries(changes)) {
    const path = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    const has = Object.hasOwn(current, key);
    if (value === undefined) {
      if (has) ops.push({ op: 'remove', path });
    } else if (!has) ops.push({ op: 'add', path, value });
    else if (!sameJson(current[key], value)) ops.push({ op: 'replace', path, value });
  }
  return ops;
}

/** Changes fields of one item on any track. `id` and `type` are not editable this way. */
export function updateItemOps({ doc, itemId, changes, label }: { doc: ProjectDocument; itemId: string; changes: Record<string, unknown>; label?: string }): OpsResult {
  const found = locate(doc, itemId);
  if (found === null) return { ok: false, reason: `there is no item "${itemId}" in this project` };
  if ('id' in changes || 'type' in changes) return { ok: false, reason: 'an item keeps its id and type' };
  const ops = fieldOps(found.pointer, found.item as Record<string, unknown>, changes);
  return { ok: true, label: label ?? `Edit ${Object.keys(changes).join(', ')}`, ops };
}

/** Changes top-level project settings (nested groups such as brand are passed whole). */
export function updateSettingsOps({ doc, changes, label }: { doc: ProjectDocument; changes: Record<string, unknown>; label?: string }): OpsResult {
  const ops = fieldOps('/settings', doc.settings as Record<string, unknown>, changes);
  return { ok: true, label: label ?? `Change ${Object.keys(changes).join(', ')}`, ops };
}

/**
 * A finished generated clip: it replaces, keeping the transition, the still made from the same
 * product image, or else a clip generated earlier from that image (an approved draft being
 * upgraded); with neither it is appended before a closing outro.
 */
export function placeClipOps({ doc, newId, assetId, sourceAssetId, durationMs, sourceOf }: {
  doc: ProjectDocument;
  newId: string;
  assetId: string;
  sourceAssetId: string | null;
  durationMs: number;
  /** The product image a library clip was generated from (its provenance), or null. */
  sourceOf: (clipAssetId: string) => string | null;
}): OpsResult {
  if (!(durationMs > 0)) return { ok: false, reason: `the generated clip ${assetId} has no known length` };
  const video = doc.tracks.video;
  if (video.some((i) => i.type === 'clip' && 'assetId' in i.media && i.media.assetId === assetId)) return { ok: false, reason: 'that clip is already on the timeline' };
  const mediaOf = (i: (typeof video)[number]): string | null => (i.type !== 'card' && 'assetId' in i.media ? i.media.assetId : null);
  const stillOf = (i: (typeof video)[number]): boolean => i.type === 'still' && mediaOf(i) === sourceAssetId;
  const clipOf = (i: (typeof video)[number]): boolean => {
    const media = mediaOf(i);
    return i.type === 'clip' && media !== null && sourceOf(media) === sourceAssetId;
  };
  // The draft still first; else an earlier clip of the same image (an AI upgrade of an approved draft).
  const stillIndex = sourceAssetId === null ? -1 : video.findIndex(stillOf);
  const index = stillIndex >= 0 || sourceAssetId === null ? stillIndex : video.findIndex(clipOf);
  const value = { id: newId, type: 'clip', media: { assetId }, inMs: 0, outMs: durationMs };
  if (index >= 0) {
    const replaced = video[index];
    return { ok: true, label: 'Use generated clip', ops: [{ op: 'replace', path: `/tracks/video/${index}`, value: { ...value, ...(replaced && { transitionIn: replaced.transitionIn }) } }] };
  }
  const last = video[video.length - 1];
  const at = last?.type === 'card' && last.role === 'outro' ? video.length - 1 : video.length;
  return { ok: true, label: 'Add generated clip', ops: [{ op: 'add', path: `/tracks/video/${at}`, value }] };
}
