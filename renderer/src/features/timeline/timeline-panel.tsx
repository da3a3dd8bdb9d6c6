import { useEffect, useMemo, useRef, useState, type CSSProperties, type PointerEvent as ReactPointerEvent } from 'react';
import { useAppStore, useProjectDocument, useTimeline } from '../../stores';
import { AudioTrackRow } from './audio-track-row';
import { OverlayTrackRow } from './overlay-track-row';
import { TimeRuler } from './time-ruler';
import { HEADER_WIDTH_PX, VIDEO_ROW_HEIGHT_PX, isEmptyTrackSpace } from './timeline-layout';
import { TimelineToolbar } from './timeline-toolbar';
import type { TrackGeometry } from './track-geometry';
import { usePlayheadDraw } from './use-playhead-draw';
import { useScrub } from './use-scrub';
import { GeometryRefContext, useLatest, useTimelineGeometry } from './use-timeline-geometry';
import { useZoomAnchor } from './use-zoom-anchor';
import { VideoTrack } from './video-track';

/**
 * The scroll container's width, for "zoom to fit" and the lane width. Read from the observer's
 * entry (measured after layout), never from clientWidth, which would force a layout of 200 items.
 */
function useWidth(ref: React.RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (el === null) return;
    const observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (box) setWidth(Math.round(box.width));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

function TrackHeader({ name, hint }: { name: string; hint: string }): React.JSX.Element {
  return (
    <div className="tl-header" title={hint}>
      <span className="tl-header-name">{name}</span>
    </div>
  );
}

/**
 * The timeline: toolbar, ruler (the playhead slider), and the Video, Overlays, Music and
 * Voice-over tracks in one scroll area. Track headers stick to the left and the ruler to the
 * top; the playhead is drawn outside React renders.
 */
export function TimelinePanel(): React.JSX.Element {
  const doc = useProjectDocument();
  const { totalMs } = useTimeline();
  const scrollRef = useRef<HTMLDivElement>(null);
  const rulerRef = useRef<HTMLDivElement>(null);
  const lineRef = useRef<HTMLDivElement>(null);
  const capRef = useRef<HTMLDivElement>(null);
  const viewportWidth = useWidth(scrollRef);
  const { geometry, scale, laneWidthPx, fitting } = useTimelineGeometry(viewportWidth);
  const geometryRef = useLatest<TrackGeometry>(geometry);
  const parts = useMemo(() => [lineRef, capRef], []);
  usePlayheadDraw({ pxPerMs: geometry.pxPerMs, parts, scrollRef });
  useZoomAnchor({ scrollRef, pxPerMs: geometry.pxPerMs, fitting });
  const scrub = useScrub({ origin: rulerRef, geometryRef });

  const onCanvasPointerDown = (e: ReactPointerEvent<HTMLDivElement>): void => {
    if (!(e.target instanceof Element) || e.target.closest('.tl-lane') === null || !isEmptyTrackSpace(e.target)) return;
    useAppStore.getState().clearSelection();
    scrub(e);
  };

  const canvasStyle = { width: HEADER_WIDTH_PX + laneWidthPx, '--tl-header-w': `${HEADER_WIDTH_PX}px`, '--tl-video-h': `${VIDEO_ROW_HEIGHT_PX}px` } as CSSProperties;
  return (
    <div className="tl" data-testid="timeline">
      <TimelineToolbar />
      <div className="tl-scroll" ref={scrollRef} data-testid="timeline-scroll">
        {doc === null ? (
          <p className="tl-empty-hint">Open a project to see its timeline.</p>
        ) : viewportWidth === 0 ? null : (
          <GeometryRefContext.Provider value={geometryRef}>
            <div className="tl-canvas" style={canvasStyle} onPointerDown={onCanvasPointerDown}>
              <div className="tl-row tl-row-ruler">
                <div className="tl-header tl-corner" aria-hidden="true" />
                <div className="tl-lane">
                  <TimeRuler scale={scale} pxPerMs={geometry.pxPerMs} totalMs={totalMs} viewportWidth={viewportWidth} scrollRef={scrollRef} laneRef={rulerRef} capRef={capRef} onScrub={scrub} />
                </div>
              </div>
              <div className="tl-row tl-row-video">
                <TrackHeader name="Video" hint="Clips, stills and cards, played in order" />
                <div className="tl-lane">
                  <VideoTrack pxPerMs={geometry.pxPerMs} />
                </div>
              </div>
              <div className="tl-row">
                <TrackHeader name="Overlays" hint="Text and image overlays" />
                <div className="tl-lane">
                  <OverlayTrackRow geometry={geometry} />
                </div>
              </div>
              <div className="tl-row">
                <TrackHeader name="Music" hint="Background music" />
                <div className="tl-lane">
                  <AudioTrackRow geometry={geometry} track="music" />
                </div>
              </div>
              <div className="tl-row">
                <TrackHeader name="Voice-over" hint="Spoken voice-over" />
                <div className="tl-lane">
                  <AudioTrackRow geometry={geometry} track="voiceover" />
                </div>
              </div>
              <div ref={lineRef} className="tl-playhead" aria-hidden="true" data-testid="timeline-playhead" />
            </div>
          </GeometryRefContext.Provider>
        )}
      </div>
    </div>
  );
}
