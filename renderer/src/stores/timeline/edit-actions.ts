import { computeTimeline } from '../../../../preload/contract/layout/timeline';
import type { ProjectDocument } from '../../../../preload/contract/project/document';
import { useAppStore } from '../app-store';
import { documentActions, type EditResult } from '../document-actions';
import { newItemId } from '../document-ids';
import { playhead } from '../playhead';
import { addAudioOps, addCardOps, addTextOps, DEFAULT_TEXT_MS, type CardRole } from './add-ops';
import type { OpsResult } from './timeline-ops';
import { placeClipOps, updateItemOps, updateSettingsOps } from './update-ops';

export type AddResult = EditResult & { itemId?: string };
type EditOptions = { mergeKey?: string; label?: string };

function run(build: (doc: ProjectDocument) => OpsResult, mergeKey?: string): EditResult {
  const { doc } = useAppStore.getState();
  if (doc === null) return { ok: false, reason: 'no project is open' };
  const built = build(doc);
  if (!built.ok) return built;
  return documentActions.apply(built.label, built.ops, mergeKey === undefined ? {} : { mergeKey });
}

/** Runs an add and, when it worked, selects the new item so the inspector shows it. */
function add(prefix: string, build: (doc: ProjectDocument, id: string) => OpsResult): AddResult {
  const itemId = newItemId(prefix);
  const result = run((doc) => build(doc, itemId));
  if (!result.ok) return result;
  useAppStore.getState().select([itemId]);
  return { ok: true, itemId };
}

/**
 * Adding and editing items from the timeline toolbar, the inspector and the generate panel:
 * each call is one undo step (or, with the same mergeKey, joins the step before it, so a
 * typed word or a slider drag undoes at once).
 */
export const editActions = {
  addTextOverlay(opts: { text?: string; atMs?: number; durationMs?: number } = {}): AddResult {
    return add('text', (doc, id) =>
      addTextOps({ newId: id, text: opts.text ?? 'Your text', atMs: opts.atMs ?? playhead.get(), durationMs: opts.durationMs ?? DEFAULT_TEXT_MS, timelineMs: computeTimeline(doc).totalMs }),
    );
  },
  addCard(opts: { role: CardRole; atIndex?: number; title?: string; subtitle?: string }): AddResult {
    return add(opts.role, (doc, id) => addCardOps({ doc, newId: id, ...opts }));
  },
  addAudio(opts: { assetId: string; track: 'music' | 'voiceover'; atMs?: number; script?: string }): AddResult {
    const asset = useAppStore.getState().assets.find((a) => a.id === opts.assetId);
    if (asset === undefined) return { ok: false, reason: 'that sound is not part of this project' };
    if (!(asset.kind === 'audio' || (asset.kind === 'video' && asset.hasAudio))) return { ok: false, reason: `${asset.originalName} has no sound` };
    return add(opts.track, (_doc, id) => addAudioOps({ newId: id, assetId: opts.assetId, track: opts.track, atMs: opts.atMs ?? 0, ...(opts.script !== undefined && { script: opts.script }) }));
  },
  updateItem(itemId: string, changes: Record<string, unknown>, opts: EditOptions = {}): EditResult {
    return run((doc) => updateItemOps({ doc, itemId, changes, ...(opts.label !== undefined && { label: opts.label }) }), opts.mergeKey);
  },
  updateSettings(changes: Record<string, unknown>, opts: EditOptions = {}): EditResult {
    return run((doc) => updateSettingsOps({ doc, changes, ...(opts.label !== undefined && { label: opts.label }) }), opts.mergeKey);
  },
  placeGeneratedClip(opts: { assetId: string; sourceAssetId: string | null; durationMs: number }): AddResult {
    const assets = useAppStore.getState().assets;
    const sourceOf = (clipAssetId: string): string | null => assets.find((a) => a.id === clipAssetId)?.provenance?.sourceAssetId ?? null;
    return add('clip', (doc, id) => placeClipOps({ doc, newId: id, ...opts, sourceOf }));
  },
};
