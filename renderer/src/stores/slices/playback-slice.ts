import type { SliceCreator } from '../app-state';

/** Timeline zoom in pixels per second of timeline, and its bounds. */
export const ZOOM_MIN = 10;
export const ZOOM_MAX = 1000;
export const ZOOM_DEFAULT = 80;
const ZOOM_STEP = 1.25;

export interface PlaybackSlice {
  /**
   * True while the playhead runs. The playhead time itself is NOT here: it changes 60 times a
   * second, so it lives in stores/playhead.ts, outside React state.
   */
  playing: boolean;
  /** Shuttle speed (J/K/L): negative plays backwards; 1 is normal speed. */
  rate: number;
  zoom: number;
  /** The timeline fits the whole project into its width (it computes the px/s itself). */
  zoomToFit: boolean;
  setPlaying: (playing: boolean) => void;
  setRate: (rate: number) => void;
  setZoom: (zoom: number) => void;
  zoomIn: () => void;
  zoomOut: () => void;
  setZoomToFit: (fit: boolean) => void;
}

const clampZoom = (z: number): number => Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, z));

export const createPlaybackSlice: SliceCreator<PlaybackSlice> = (set) => ({
  playing: false,
  rate: 1,
  zoom: ZOOM_DEFAULT,
  zoomToFit: true,
  setPlaying: (playing) => set({ playing }),
  setRate: (rate) => set({ rate }),
  setZoom: (zoom) => set({ zoom: clampZoom(zoom), zoomToFit: false }),
  zoomIn: () => set((s) => ({ zoom: clampZoom(s.zoom * ZOOM_STEP), zoomToFit: false })),
  zoomOut: () => set((s) => ({ zoom: clampZoom(s.zoom / ZOOM_STEP), zoomToFit: false })),
  setZoomToFit: (zoomToFit) => set({ zoomToFit }),
});
