import type { ActiveTransition } from './video-at';

/** A part of the frame, in output pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How one of the two items is drawn during a transition (in output pixels). */
export interface LayerLook {
  visible: boolean;
  /** Opacity of the layer. */
  alpha: number;
  /** How much black covers it, 0..1 (fade through black). */
  dim: number;
  /** Offset of the whole picture (slides). */
  dx: number;
  dy: number;
  /** Only this part of the frame shows the layer (wipes); null = all of it. */
  clip: Box | null;
}

export interface TransitionLook {
  /** Drawn first. */
  outgoing: LayerLook;
  /** Drawn on top. */
  incoming: LayerLook;
}

const SHOWN: LayerLook = { visible: true, alpha: 1, dim: 0, dx: 0, dy: 0, clip: null };
const HIDDEN: LayerLook = { ...SHOWN, visible: false };

/**
 * The look of step `step` of `steps`, pixel for pixel as the render draws it:
 * - crossfade: the incoming item over the outgoing one with alpha step/steps (FFmpeg's fade on
 *   the alpha channel starts at 0);
 * - fade-black: the outgoing item fades to black over the first ceil(steps/2) frames, the
 *   incoming one from black over the rest;
 * - wipes and slides: xfade's, whose progress runs 1 → 0 (1 − step/steps) and whose boundary is
 *   the truncated pixel `z` (x > z shows the other input).
 */
export function transitionLook({ kind, step, steps }: Pick<ActiveTransition, 'kind' | 'step' | 'steps'>, frame: { width: number; height: number }): TransitionLook {
  const { width: w, height: h } = frame;
  const p = steps > 0 ? Math.min(1, Math.max(0, step / steps)) : 1;
  const progress = 1 - p;
  switch (kind) {
    case 'crossfade':
      return { outgoing: SHOWN, incoming: { ...SHOWN, alpha: p } };
    case 'fade-black': {
      const out = Math.ceil(steps / 2);
      if (step < out) return { outgoing: { ...SHOWN, dim: step / out }, incoming: HIDDEN };
      return { outgoing: HIDDEN, incoming: { ...SHOWN, dim: 1 - (step - out) / (steps - out) } };
    }
    case 'wipe-left': {
      const z = Math.trunc(w * progress);
      return { outgoing: SHOWN, incoming: { ...SHOWN, clip: { x: z + 1, y: 0, width: Math.max(0, w - z - 1), height: h } } };
    }
    case 'wipe-right': {
      const z = Math.trunc(w * p);
      return { outgoing: SHOWN, incoming: { ...SHOWN, clip: { x: 0, y: 0, width: Math.min(w, z + 1), height: h } } };
    }
    case 'wipe-up': {
      const z = Math.trunc(h * progress);
      return { outgoing: SHOWN, incoming: { ...SHOWN, clip: { x: 0, y: z + 1, width: w, height: Math.max(0, h - z - 1) } } };
    }
    case 'wipe-down': {
      const z = Math.trunc(h * p);
      return { outgoing: SHOWN, incoming: { ...SHOWN, clip: { x: 0, y: 0, width: w, height: Math.min(h, z + 1) } } };
    }
    case 'slide-left': {
      const offset = Math.trunc(w * progress);
      return { outgoing: { ...SHOWN, dx: offset - w }, incoming: { ...SHOWN, dx: offset } };
    }
    case 'slide-right': {
      const offset = Math.trunc(w * progress);
      return { outgoing: { ...SHOWN, dx: w - offset }, incoming: { ...SHOWN, dx: -offset } };
    }
    case 'slide-up': {
      const offset = Math.trunc(h * progress);
      return { outgoing: { ...SHOWN, dy: offset - h }, incoming: { ...SHOWN, dy: offset } };
    }
    case 'slide-down': {
      const offset = Math.trunc(h * progress);
      return { outgoing: { ...SHOWN, dy: h - offset }, incoming: { ...SHOWN, dy: -offset } };
    }
  }
}
