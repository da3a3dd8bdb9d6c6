import { useCallback, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import { playbackActions } from '../../stores';
import { PLAYHEAD_SNAP_ID, type TrackGeometry } from './track-geometry';

/**
 * Scrubbing: a pointer pressed on the ruler or on empty track space moves the playhead there
 * (snapped to edges and ticks, never to itself) and follows the pointer until release.
 * `origin` is any lane element: all lanes start at the same x.
 */
export function useScrub({ origin, geometryRef }: { origin: RefObject<HTMLElement | null>; geometryRef: RefObject<TrackGeometry> }): (event: ReactPointerEvent<HTMLElement>) => void {
  return useCallback(
    (event: ReactPointerEvent<HTMLElement>) => {
      const lane = origin.current;
      if (event.button !== 0 || lane === null) return;
      const target = event.currentTarget;
      const seekTo = (clientX: number): void => {
        const geometry = geometryRef.current;
        if (geometry.pxPerMs <= 0) return;
        const ms = (clientX - lane.getBoundingClientRect().left) / geometry.pxPerMs;
        playbackActions.seek(geometry.snapMs(Math.max(0, ms), PLAYHEAD_SNAP_ID));
      };
      seekTo(event.clientX);
      target.setPointerCapture(event.pointerId);
      const onMove = (e: PointerEvent): void => seekTo(e.clientX);
      const onEnd = (): void => {
        target.removeEventListener('pointermove', onMove);
        target.removeEventListener('pointerup', onEnd);
        target.removeEventListener('pointercancel', onEnd);
      };
      target.addEventListener('pointermove', onMove);
      target.addEventListener('pointerup', onEnd);
      target.addEventListener('pointercancel', onEnd);
    },
    [origin, geometryRef],
  );
}
