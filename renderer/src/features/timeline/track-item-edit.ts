import type { MediaRef } from '../../../../preload/contract/project/primitives';
import { editActions, useAppStore } from '../../stores';

/** Row heights (px) of the overlay and audio lanes; the panel lines its track headers up with these. */
export const OVERLAY_TRACK_HEIGHT_PX = 32;
export const AUDIO_TRACK_HEIGHT_PX = 44;
/** Below this width an item shows no trim edges: they would cover it and leave nothing to grab for a move. */
export const MIN_TRIM_EDGES_PX = 24;

/** The library asset a media reference points at, or null for a file path (hand-written projects). */
export const refAssetId = (media: MediaRef): string | null => ('assetId' in media ? media.assetId : null);

/** The display name of a path reference: its last part. */
export const refPathName = (media: MediaRef): string | null => ('path' in media ? (media.path.split(/[\\/]/).pop() ?? media.path) : null);

/**
 * The one document edit of a drag or key press on a timeline item; a refused edit (it would
 * make the document invalid) is told to the person instead of silently snapping back.
 */
export function commitItemEdit({ id, changes, label, mergeKey }: { id: string; changes: Record<string, unknown>; label: string; mergeKey?: string }): void {
  if (Object.keys(changes).length === 0) return;
  const result = editActions.updateItem(id, changes, { label, ...(mergeKey !== undefined && { mergeKey }) });
  if (!result.ok) useAppStore.getState().pushToast({ tone: 'error', message: `${label} did not work: ${result.reason}.` });
}

/** Whole-item nudge steps for the arrow keys: 100 ms, or 1 s with Shift. */
export function nudgeMs(e: React.KeyboardEvent): number {
  const step = e.shiftKey ? 1000 : 100;
  if (e.key === 'ArrowLeft') return -step;
  if (e.key === 'ArrowRight') return step;
  return 0;
}
