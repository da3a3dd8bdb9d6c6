import { useEffect, type RefObject } from 'react';
import { playhead, useAppStore } from '../../stores';
import { HEADER_WIDTH_PX } from './timeline-layout';

/** While playing, the view pages along once the playhead passes this share of the visible lanes. */
const FOLLOW_AT = 0.9;

/**
 * Draws the playhead (the line across the tracks and its cap in the ruler) in
 * requestAnimationFrame from playhead.subscribe: one style write per frame, no React state.
 * While playing it also keeps the playhead in view.
 */
export function usePlayheadDraw({ pxPerMs, parts, scrollRef }: { pxPerMs: number; parts: readonly RefObject<HTMLElement | null>[]; scrollRef: RefObject<HTMLElement | null> }): void {
  useEffect(() => {
    let frame = 0;
    const draw = (): void => {
      frame = 0;
      const x = playhead.get() * pxPerMs;
      for (const part of parts) {
        if (part.current) part.current.style.transform = `translateX(${x}px)`;
      }
      const scroller = scrollRef.current;
      if (scroller === null || !useAppStore.getState().playing) return;
      const visible = scroller.clientWidth - HEADER_WIDTH_PX;
      if (x < scroller.scrollLeft || x > scroller.scrollLeft + visible * FOLLOW_AT) scroller.scrollLeft = Math.max(0, x - visible * (1 - FOLLOW_AT));
    };
    const schedule = (): void => {
      if (frame === 0) frame = requestAnimationFrame(draw);
    };
    draw();
    const unsubscribe = playhead.subscribe(schedule);
    return () => {
      unsubscribe();
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [pxPerMs, parts, scrollRef]);
}
