import { useCallback, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { selectTimeline, timelineActions, useAppStore } from '../../stores';
import { reportEdit } from './edit-feedback';
import { clampTrimDelta, trimFloorMs } from './timeline-math';
import type { TrackGeometry } from './track-geometry';

export type TrimEdge = 'start' | 'end';
export interface TrimPreview {
  edge: TrimEdge;
  deltaMs: number;
}

/**
 * The edge movement for a pointer moved dxPx: the edge snaps (never to the item's own edges)
 * and is clamped like the store's trim. Reads the document at call time, so items need no
 * document props.
 */
function previewDelta({ itemId, edge, dxPx, geometry }: { itemId: string; edge: TrimEdge; dxPx: number; geometry: TrackGeometry }): number {
  const state = useAppStore.getState();
  const video = state.doc?.tracks.video ?? [];
  const index = video.findIndex((i) => i.id === itemId);
  const item = video[index];
  const entry = selectTimeline(state).items[index];
  if (item === undefined || entry === undefined || geometry.pxPerMs <= 0) return 0;
  const edgeMs = edge === 'start' ? entry.startMs : entry.endMs;
  const wanted = geometry.snapMs(edgeMs + dxPx / geometry.pxPerMs, itemId) - edgeMs;
  const assetId = item.type !== 'card' && 'assetId' in item.media ? item.media.assetId : null;
  const sourceDurationMs = assetId === null ? null : (state.assets.find((a) => a.id === assetId)?.durationMs ?? null);
  return clampTrimDelta({ item, edge, deltaMs: wanted, floorMs: trimFloorMs(video, index), sourceDurationMs });
}

/**
 * Pointer trimming of one video item: the preview lives in component state while dragging and
 * the document changes once, on release (one undo step). Pointer capture keeps the drag alive
 * outside the handle.
 */
export function useTrim({ itemId, geometryRef }: { itemId: string; geometryRef: { current: TrackGeometry } }): {
  trim: TrimPreview | null;
  onPointerDown: (edge: TrimEdge, event: ReactPointerEvent<HTMLElement>) => void;
} {
  const [trim, setTrim] = useState<TrimPreview | null>(null);
  const latest = useRef<TrimPreview | null>(null);
  const onPointerDown = useCallback(
    (edge: TrimEdge, event: ReactPointerEvent<HTMLElement>) => {
      if (event.button !== 0) return;
      // Keeps the item's sortable drag (a parent listener) from starting.
      event.stopPropagation();
      event.preventDefault();
      const handle = event.currentTarget;
      const startX = event.clientX;
      handle.setPointerCapture(event.pointerId);
      const update = (next: TrimPreview | null): void => {
        latest.current = next;
        setTrim(next);
      };
      update({ edge, deltaMs: 0 });
      const onMove = (e: PointerEvent): void => {
        const deltaMs = previewDelta({ itemId, edge, dxPx: e.clientX - startX, geometry: geometryRef.current });
        if (deltaMs !== latest.current?.deltaMs) update({ edge, deltaMs });
      };
      const finish = (commit: boolean): void => {
        handle.removeEventListener('pointermove', onMove);
        handle.removeEventListener('pointerup', onUp);
        handle.removeEventListener('pointercancel', onCancel);
        const done = latest.current;
        update(null);
        if (commit && done !== null && done.deltaMs !== 0) reportEdit('trim', timelineActions.trimItem({ itemId, edge, deltaMs: done.deltaMs }));
      };
      const onUp = (): void => finish(true);
      const onCancel = (): void => finish(false);
      handle.addEventListener('pointermove', onMove);
      handle.addEventListener('pointerup', onUp);
      handle.addEventListener('pointercancel', onCancel);
    },
    [itemId, geometryRef],
  );
  return { trim, onPointerDown };
}

/** Keyboard trimming on a focused handle: one frame per arrow press (each its own undo step). */
export function trimByKeyboard({ itemId, edge, key }: { itemId: string; edge: TrimEdge; key: string }): boolean {
  if (key !== 'ArrowLeft' && key !== 'ArrowRight') return false;
  const fps = useAppStore.getState().doc?.settings.fps ?? 30;
  const frameMs = Math.round(1000 / fps);
  reportEdit('trim', timelineActions.trimItem({ itemId, edge, deltaMs: key === 'ArrowLeft' ? -frameMs : frameMs }));
  return true;
}
