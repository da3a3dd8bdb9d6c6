import { useLayoutEffect, useRef, useState } from 'react';
import { useAppStore } from '../../stores';
import { pxToMs } from './track-geometry';

/** How far (px) the pointer must travel before a press becomes a drag instead of a click. */
const DRAG_START_PX = 3;

interface Gesture<M extends string> {
  mode: M;
  pointerId: number;
  startX: number;
  moved: boolean;
  deltaMs: number;
}

export interface ItemGestureOptions<M extends string, R> {
  pxPerMs: number;
  modes: readonly M[];
  /** The item as it would be after dragging `deltaMs` in `mode` (pure, snapped). */
  compute: (mode: M, deltaMs: number) => R;
  /** Called once on release after a real drag: the one document edit of the gesture. */
  commit: (mode: M, result: R) => void;
  /** A press without movement. */
  onClick: (event: React.PointerEvent) => void;
}

export interface ItemGesture<M extends string, R> {
  /** The live preview while dragging (component state only), else null. */
  preview: R | null;
  dragging: M | null;
  handlers: {
    onPointerDown: (e: React.PointerEvent<HTMLElement>) => void;
    onPointerMove: (e: React.PointerEvent<HTMLElement>) => void;
    onPointerUp: (e: React.PointerEvent<HTMLElement>) => void;
    onPointerCancel: () => void;
    onKeyDownCapture: (e: React.KeyboardEvent) => void;
  };
}

/**
 * Pointer dragging of one timeline item. The pressed part says what the drag does (the nearest
 * `data-drag` attribute: the body "move", an edge "trim-start" …); the item captures the pointer,
 * shows a preview in its own state (so only this item re-renders while dragging) and commits one
 * edit on release. Escape cancels.
 */
export function useItemGesture<M extends string, R>(options: ItemGestureOptions<M, R>): ItemGesture<M, R> {
  const gesture = useRef<Gesture<M> | null>(null);
  const [preview, setPreview] = useState<{ mode: M; value: R } | null>(null);
  const { pxPerMs, modes, compute, commit, onClick } = options;

  const end = (): void => {
    gesture.current = null;
    setPreview(null);
  };

  return {
    preview: preview?.value ?? null,
    dragging: preview?.mode ?? null,
    handlers: {
      onPointerDown(e) {
        if (e.button !== 0 || gesture.current !== null) return;
        const mode = (e.target as Element).closest<HTMLElement>('[data-drag]')?.dataset.drag as M | undefined;
        if (mode === undefined || !modes.includes(mode)) return;
        // The panel behind (click-to-seek, marquee) must not see a press that starts an item drag.
        e.stopPropagation();
        e.currentTarget.setPointerCapture(e.pointerId);
        gesture.current = { mode, pointerId: e.pointerId, startX: e.clientX, moved: false, deltaMs: 0 };
      },
      onPointerMove(e) {
        const g = gesture.current;
        if (g === null || g.pointerId !== e.pointerId) return;
        const dx = e.clientX - g.startX;
        if (!g.moved && Math.abs(dx) < DRAG_START_PX) return;
        g.moved = true;
        const deltaMs = pxToMs(dx, pxPerMs);
        if (deltaMs === g.deltaMs && preview !== null) return;
        g.deltaMs = deltaMs;
        setPreview({ mode: g.mode, value: compute(g.mode, deltaMs) });
      },
      onPointerUp(e) {
        const g = gesture.current;
        if (g === null || g.pointerId !== e.pointerId) return;
        e.stopPropagation();
        if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
        end();
        if (g.moved) commit(g.mode, compute(g.mode, pxToMs(e.clientX - g.startX, pxPerMs)));
        else onClick(e);
      },
      onPointerCancel: end,
      onKeyDownCapture(e) {
        if (e.key !== 'Escape' || gesture.current === null) return;
        e.preventDefault();
        e.stopPropagation();
        end();
      },
    },
  };
}

/** A ref that always holds the latest value, for reading geometry inside pointer handlers of memoised items. */
export function useLatestRef<T>(value: T): React.RefObject<T> {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}

/** Click selects the item; Shift-click adds it to or removes it from the selection. */
export function selectItem(id: string, toggle: boolean): void {
  const state = useAppStore.getState();
  if (toggle) state.toggleSelected(id);
  else state.select([id]);
}

/** After a drag the dragged item is the one the inspector should show. */
export function selectIfNot(id: string): void {
  const state = useAppStore.getState();
  if (!state.selectedIds.includes(id)) state.select([id]);
}
