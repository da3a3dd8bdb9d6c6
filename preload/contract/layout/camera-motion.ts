import type { CameraMove, Easing } from '../project/primitives';

/**
 * The draft-motion camera, shared by the render (main/core/render/draft-motion turns it into a
 * `perspective` filter) and the editor's live preview (a canvas transform), so both move a still
 * along the same path at the same speed.
 *
 * What the camera sees, as fractions of the framed canvas: `size` is the visible part
 * (1 = all of it, 0.8 = zoomed in 1.25×), (cx, cy) its centre. A view always lies inside the
 * canvas, so no move ever shows an edge.
 */
export interface View {
  size: number;
  cx: number;
  cy: number;
}

export interface CameraPath {
  from: View;
  to: View;
}

/** Zoom reached at intensity 1 by zoom and pan moves (pans need a zoom to have room to travel). */
export const ZOOM_RANGE = 0.3;
/** push-in goes further than zoom-in and drifts up: a dolly toward the top of the product. */
export const PUSH_RANGE = 0.4;
/** Share of the room above the centre that push-in uses for its upward drift. */
export const PUSH_DRIFT = 0.5;

const CENTRE: View = { size: 1, cx: 0.5, cy: 0.5 };

/**
 * Start and end views of a move. Pans name the direction the CAMERA turns: pan-left starts
 * on the right of the picture and ends on the left (the picture slides right).
 */
export function cameraPath(move: CameraMove, intensity: number): CameraPath {
  const k = Math.min(1, Math.max(0, intensity));
  const zoomed = 1 / (1 + ZOOM_RANGE * k);
  const room = (1 - zoomed) / 2;
  switch (move) {
    case 'none':
      return { from: CENTRE, to: CENTRE };
    case 'zoom-in':
      return { from: CENTRE, to: { size: zoomed, cx: 0.5, cy: 0.5 } };
    case 'zoom-out':
      return { from: { size: zoomed, cx: 0.5, cy: 0.5 }, to: CENTRE };
    case 'pan-left':
      return { from: { size: zoomed, cx: 0.5 + room, cy: 0.5 }, to: { size: zoomed, cx: 0.5 - room, cy: 0.5 } };
    case 'pan-right':
      return { from: { size: zoomed, cx: 0.5 - room, cy: 0.5 }, to: { size: zoomed, cx: 0.5 + room, cy: 0.5 } };
    case 'pan-up':
      return { from: { size: zoomed, cx: 0.5, cy: 0.5 + room }, to: { size: zoomed, cx: 0.5, cy: 0.5 - room } };
    case 'pan-down':
      return { from: { size: zoomed, cx: 0.5, cy: 0.5 - room }, to: { size: zoomed, cx: 0.5, cy: 0.5 + room } };
    case 'push-in': {
      const pushed = 1 / (1 + PUSH_RANGE * k);
      // The drift is a fixed share of the room the zoom makes, so the view stays inside at every frame.
      return { from: CENTRE, to: { size: pushed, cx: 0.5, cy: 0.5 - (PUSH_DRIFT * (1 - pushed)) / 2 } };
    }
  }
}

/** The view at eased progress e (0..1): every component moves linearly in e. */
export function viewAt(path: CameraPath, e: number): View {
  const lerp = (a: number, b: number): number => a + (b - a) * e;
  return { size: lerp(path.from.size, path.to.size), cx: lerp(path.from.cx, path.to.cx), cy: lerp(path.from.cy, path.to.cy) };
}

/**
 * Eased progress for p in 0..1. ease-in-out is smoothstep (3p² − 2p³): the camera starts and
 * stops with zero speed, which is what makes a still feel filmed rather than slid.
 */
export function ease(easing: Easing, p: number): number {
  const t = Math.min(1, Math.max(0, p));
  return easing === 'linear' ? t : t * t * (3 - 2 * t);
}

/**
 * Raw progress of frame `index` (0-based) of a still that lasts `frames` frames: 0 on the first
 * frame, 1 on the last, as the render's (on-1)/(frames-1).
 */
export function motionProgress(index: number, frames: number): number {
  return frames > 1 ? Math.min(1, Math.max(0, index / (frames - 1))) : 0;
}

/** The camera's view on frame `index` of a still of `frames` frames. */
export function motionViewAt({ move, intensity, easing, index, frames }: { move: CameraMove; intensity: number; easing: Easing; index: number; frames: number }): View {
  return viewAt(cameraPath(move, intensity), ease(easing, motionProgress(index, frames)));
}
