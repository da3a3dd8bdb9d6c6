import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { ZOOM_MAX, ZOOM_MIN, playhead, useAppStore } from '../../stores';
import { zoomScrollLeft } from './timeline-math';
import { HEADER_WIDTH_PX } from './timeline-layout';

interface Anchor {
  anchorMs: number;
  /** Pointer (or playhead) distance from the scroll container's left edge. */
  viewportX: number;
}

/** Ctrl/Cmd + wheel steps: the zoom changes by this factor per 100 px of wheel. */
const WHEEL_ZOOM_PER_100PX = 1.25;

/**
 * Keeps the view steady across zoom changes: Ctrl/Cmd+wheel zooms around the pointer; other
 * zooms (buttons, +/-) keep the playhead where it is on screen when it is visible, else the
 * left edge. A plain vertical wheel scrolls the timeline sideways when there is nothing to
 * scroll vertically.
 */
export function useZoomAnchor({ scrollRef, pxPerMs, fitting }: { scrollRef: RefObject<HTMLElement | null>; pxPerMs: number; fitting: boolean }): void {
  const pending = useRef<Anchor | null>(null);
  const previous = useRef(pxPerMs);
  const current = useRef(pxPerMs);
  current.current = pxPerMs;

  useLayoutEffect(() => {
    const el = scrollRef.current;
    const old = previous.current;
    previous.current = pxPerMs;
    // Fitted, everything is in view: no anchor to keep (and reading the scroll position here would force a layout).
    if (el === null || old === pxPerMs || old <= 0 || fitting) {
      pending.current = null;
      return;
    }
    let anchor = pending.current;
    pending.current = null;
    if (anchor === null) {
      const playheadX = HEADER_WIDTH_PX + playhead.get() * old - el.scrollLeft;
      const visible = playheadX >= HEADER_WIDTH_PX && playheadX <= el.clientWidth;
      anchor = visible ? { anchorMs: playhead.get(), viewportX: playheadX } : { anchorMs: el.scrollLeft / old, viewportX: HEADER_WIDTH_PX };
    }
    el.scrollLeft = zoomScrollLeft({ ...anchor, pxPerMs, laneOffsetPx: HEADER_WIDTH_PX });
  }, [pxPerMs, scrollRef, fitting]);

  useEffect(() => {
    const el = scrollRef.current;
    if (el === null) return;
    const onWheel = (e: WheelEvent): void => {
      if (e.ctrlKey || e.metaKey) {
        e.preventDefault();
        const box = el.getBoundingClientRect();
        const viewportX = e.clientX - box.left;
        if (viewportX < HEADER_WIDTH_PX) return;
        const px = current.current;
        pending.current = { anchorMs: (el.scrollLeft + viewportX - HEADER_WIDTH_PX) / px, viewportX };
        const store = useAppStore.getState();
        const next = Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, store.zoom * WHEEL_ZOOM_PER_100PX ** (-e.deltaY / 100)));
        if (next === store.zoom) pending.current = null;
        else store.setZoom(next);
        return;
      }
      const verticalRoom = el.scrollHeight > el.clientHeight;
      if (!verticalRoom && e.deltaX === 0 && e.deltaY !== 0 && !e.shiftKey) {
        e.preventDefault();
        el.scrollLeft += e.deltaY;
      }
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [scrollRef]);
}
