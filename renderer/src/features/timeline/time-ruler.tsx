import { memo, useEffect, useMemo, useState, type KeyboardEvent, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import { playbackActions, playhead } from '../../stores';
import { formatTickLabel, formatTimecode, ticksInRange, type TickScale } from './ruler-ticks';
import { HEADER_WIDTH_PX } from './timeline-layout';

/** The lane pixels currently visible (the sticky headers cover the first HEADER_WIDTH_PX). */
function useVisibleLane(scrollRef: RefObject<HTMLElement | null>, viewportWidth: number): { left: number; width: number } {
  const [left, setLeft] = useState(0);
  useEffect(() => {
    const el = scrollRef.current;
    if (el === null) return;
    let frame = 0;
    // Read in a frame after the scroll, when layout is clean, so this never forces one.
    const measure = (): void => {
      frame = 0;
      setLeft(el.scrollLeft);
    };
    const schedule = (): void => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    el.addEventListener('scroll', schedule, { passive: true });
    return () => {
      el.removeEventListener('scroll', schedule);
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [scrollRef]);
  return useMemo(() => ({ left, width: Math.max(0, viewportWidth - HEADER_WIDTH_PX) }), [left, viewportWidth]);
}

export interface TimeRulerProps {
  scale: TickScale;
  pxPerMs: number;
  totalMs: number;
  viewportWidth: number;
  scrollRef: RefObject<HTMLElement | null>;
  laneRef: RefObject<HTMLDivElement | null>;
  capRef: RefObject<HTMLDivElement | null>;
  onScrub: (event: ReactPointerEvent<HTMLElement>) => void;
}

function onRulerKey(e: KeyboardEvent<HTMLDivElement>): void {
  // ←/→ (one frame), Home and End are the editor's global shortcuts and reach here unchanged.
  if (e.key !== 'PageUp' && e.key !== 'PageDown') return;
  e.preventDefault();
  playbackActions.seek(playhead.get() + (e.key === 'PageUp' ? -1000 : 1000));
}

/**
 * The time ruler, which is also the playhead slider (role="slider", value in ms). Only the
 * ticks in view (plus one screen either side) are drawn, so a long project at a high zoom
 * stays light. The value attributes follow the playhead without React renders.
 */
export const TimeRuler = memo(function TimeRuler({ scale, pxPerMs, totalMs, viewportWidth, scrollRef, laneRef, capRef, onScrub }: TimeRulerProps): React.JSX.Element {
  const view = useVisibleLane(scrollRef, viewportWidth);
  const ticks = useMemo(() => {
    if (pxPerMs <= 0) return [];
    const margin = Math.max(view.width, 400);
    return ticksInRange({ fromMs: (view.left - margin) / pxPerMs, toMs: (view.left + view.width + margin) / pxPerMs, scale });
  }, [view, pxPerMs, scale]);

  useEffect(() => {
    const el = laneRef.current;
    if (el === null) return;
    const write = (ms: number): void => {
      el.setAttribute('aria-valuenow', String(ms));
      el.setAttribute('aria-valuetext', formatTimecode(ms));
    };
    write(playhead.get());
    return playhead.subscribe(write);
  }, [laneRef]);

  return (
    <div
      ref={laneRef}
      className="tl-ruler"
      role="slider"
      tabIndex={0}
      aria-label="Playhead"
      aria-orientation="horizontal"
      aria-valuemin={0}
      aria-valuemax={totalMs}
      data-testid="timeline-ruler"
      onPointerDown={onScrub}
      onKeyDown={onRulerKey}
    >
      {ticks.map((t) => (
        <span key={t.ms} className={t.major ? 'tl-tick is-major' : 'tl-tick'} style={{ left: t.ms * pxPerMs }}>
          {t.major && <span className="tl-tick-label">{formatTickLabel(t.ms, scale.majorMs)}</span>}
        </span>
      ))}
      <div ref={capRef} className="tl-playhead-cap" aria-hidden="true" />
    </div>
  );
});
