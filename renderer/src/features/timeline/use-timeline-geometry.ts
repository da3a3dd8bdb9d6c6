import { createContext, useContext, useEffect, useMemo, useRef, type RefObject } from 'react';
import type { ProjectDocument } from '../../../../preload/contract/project/document';
import { ZOOM_DEFAULT, ZOOM_MAX, ZOOM_MIN, playhead, useAppStore, useAssets, usePlaybackState, useProjectDocument, useTimeline } from '../../stores';
import { chooseTickScale, type TickScale } from './ruler-ticks';
import { useSnapping } from './snapping-store';
import { fitZoom } from './timeline-math';
import { FIT_PADDING_PX, HEADER_WIDTH_PX, TAIL_ROOM_PX } from './timeline-layout';
import { createSnapMs, snapTargets, type TrackGeometry } from './track-geometry';

export interface TimelineLayoutInfo {
  geometry: TrackGeometry;
  scale: TickScale;
  /** Width of the track lanes (content plus room after it, at least the visible width). */
  laneWidthPx: number;
  /** "Zoom to fit" is on and the width is known. */
  fitting: boolean;
}

/** Where anything on the overlay or audio tracks ends (they may run past the video). */
function contentEndMs(doc: ProjectDocument | null, totalMs: number): number {
  if (doc === null) return totalMs;
  let end = totalMs;
  for (const o of doc.tracks.overlay) end = Math.max(end, o.startMs + o.durationMs);
  for (const a of [...doc.tracks.music, ...doc.tracks.voiceover]) end = Math.max(end, a.startMs + (a.outMs === undefined ? 0 : a.outMs - a.inMs));
  return end;
}

/**
 * The timeline's scale and snapping for the visible width. In "fit" mode the zoom follows the
 * width and the project length; the fitted value is written to the (session) zoom so that
 * zooming in or out continues from what is on screen.
 */
export function useTimelineGeometry(viewportWidthPx: number): TimelineLayoutInfo {
  const doc = useProjectDocument();
  const timeline = useTimeline();
  const assets = useAssets();
  const { zoom, zoomToFit } = usePlaybackState();
  const snapping = useSnapping((s) => s.snapping);
  const lanesVisiblePx = Math.max(0, viewportWidthPx - HEADER_WIDTH_PX);
  const fitted = fitZoom({ totalMs: timeline.totalMs, widthPx: lanesVisiblePx - FIT_PADDING_PX, min: ZOOM_MIN, max: ZOOM_MAX, fallback: ZOOM_DEFAULT });
  const fitting = zoomToFit && viewportWidthPx > 0;
  useEffect(() => {
    if (fitting && Math.abs(useAppStore.getState().zoom - fitted) > 1e-6) useAppStore.setState({ zoom: fitted });
  }, [fitting, fitted]);
  const pxPerMs = (fitting ? fitted : zoom) / 1000;
  const scale = chooseTickScale(pxPerMs);
  const targets = useMemo(() => {
    if (doc === null) return [];
    const durations = new Map(assets.map((a) => [a.id, a.durationMs]));
    return snapTargets({ doc, timeline, assetDurationMs: (id) => durations.get(id) ?? null });
  }, [doc, timeline, assets]);
  const geometry = useMemo<TrackGeometry>(
    () => ({ pxPerMs, durationMs: timeline.totalMs, snapMs: createSnapMs({ pxPerMs, targets, playheadMs: playhead.get, tickMs: scale.majorMs, enabled: snapping }) }),
    [pxPerMs, timeline.totalMs, targets, scale.majorMs, snapping],
  );
  // Fitted, the project fills the view without a scroll bar; zoomed, there is room after it.
  const laneWidthPx = Math.max(lanesVisiblePx, Math.ceil(contentEndMs(doc, timeline.totalMs) * pxPerMs) + (fitting ? 0 : TAIL_ROOM_PX));
  return { geometry, scale, laneWidthPx, fitting };
}

/**
 * The current geometry for pointer handlers deep in memoised items: a stable ref, so a zoom or
 * an edit elsewhere does not re-render every item just to hand it a new snap function.
 */
export const GeometryRefContext = createContext<RefObject<TrackGeometry> | null>(null);

export function useGeometryRef(): RefObject<TrackGeometry> {
  const ref = useContext(GeometryRefContext);
  if (ref === null) throw new Error('useGeometryRef must be used inside the timeline');
  return ref;
}

/** A ref that always holds the latest value (set during render, read in event handlers). */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  }, [value]);
  return ref;
}
