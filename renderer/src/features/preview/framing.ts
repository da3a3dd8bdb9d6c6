import type { View } from '../../../../preload/contract/layout/camera-motion';
import type { Framing } from '../../../../preload/contract/project/primitives';
import type { Box } from './transition-geometry';

interface Size {
  width: number;
  height: number;
}

/**
 * Where a picture of `source` size lands in a `frame`: 'cover' fills it and crops the overflow
 * equally on both sides; 'contain' (and the sharp picture of 'blur') fits inside it with even
 * sides, centred, as the render's scale=…:force_original_aspect_ratio=decrease does.
 */
export function fitPicture({ fit, frame, source }: { fit: 'cover' | 'contain'; frame: Size; source: Size }): Box {
  if (source.width <= 0 || source.height <= 0) return { x: 0, y: 0, width: frame.width, height: frame.height };
  const scale = fit === 'cover' ? Math.max(frame.width / source.width, frame.height / source.height) : Math.min(frame.width / source.width, frame.height / source.height);
  const exactWidth = source.width * scale;
  const exactHeight = source.height * scale;
  const even = (n: number): number => Math.max(2, Math.floor(n / 2 + 1e-9) * 2);
  const width = fit === 'cover' ? exactWidth : Math.min(frame.width, even(exactWidth));
  const height = fit === 'cover' ? exactHeight : Math.min(frame.height, even(exactHeight));
  return { x: (frame.width - width) / 2, y: (frame.height - height) / 2, width, height };
}

/**
 * When the picture has the frame's shape already, contain and blur draw only the picture, as
 * the render's effectiveFraming decides.
 */
export function effectiveFraming({ framing, frame, source }: { framing: Framing; frame: Size; source: Size }): Framing {
  if (framing === 'cover' || source.height <= 0) return 'cover';
  const fitted = Math.round((source.width * frame.height) / source.height);
  return Math.abs(fitted - frame.width) <= 1 ? 'cover' : framing;
}

/** The blurred fill behind a 'blur'-framed picture: a Gaussian of `sigma` output pixels, then darkened by `brightness`. */
export interface BlurFill {
  sigma: number;
  brightness: number;
}

const even = (n: number): number => Math.max(2, 2 * Math.round(n / 2));

/**
 * The render draws two different blurred fills. Stills (the draft-motion canvas) blur a
 * quarter-size copy with gblur sigma 8 and darken it to 55 %; clips and card backgrounds blur an
 * eighth-size copy with a box blur applied twice (boxblur luma_power 2), whose spread is a
 * Gaussian of variance 2·((2r+1)² − 1)/12, and keep its brightness.
 */
export function blurFill({ kind, frame }: { kind: 'still' | 'stream'; frame: Size }): BlurFill {
  if (kind === 'still') return { sigma: (8 * frame.height) / even(frame.height / 4), brightness: 0.55 };
  const smallHeight = even(frame.height / 8);
  const radius = Math.max(1, Math.round(smallHeight / 12));
  const sigmaSmall = Math.sqrt((2 * ((2 * radius + 1) ** 2 - 1)) / 12);
  return { sigma: (sigmaSmall * frame.height) / smallHeight, brightness: 1 };
}

/**
 * The draft-motion camera as a canvas transform of the framed still: output = source·scale + offset.
 * The view's visible part (size × the frame, centred on cx, cy) fills the whole frame.
 */
export function viewTransform(view: View, frame: Size): { scale: number; dx: number; dy: number } {
  const scale = 1 / view.size;
  const left = view.cx * frame.width - (view.size * frame.width) / 2;
  const top = view.cy * frame.height - (view.size * frame.height) / 2;
  // "+ 0" turns -0 into 0.
  return { scale, dx: -left * scale + 0, dy: -top * scale + 0 };
}

/**
 * The largest whole-pixel size of the frame's shape that fits `space` (CSS pixels): the limiting
 * side fills it and the other follows from the exact aspect, so nothing is stretched.
 */
export function fitDisplay(space: Size, frame: Size): Size {
  if (space.width <= 0 || space.height <= 0) return { width: 1, height: 1 };
  if (space.width * frame.height <= space.height * frame.width) {
    const width = Math.max(1, Math.floor(space.width));
    return { width, height: Math.max(1, Math.round((width * frame.height) / frame.width)) };
  }
  const height = Math.max(1, Math.floor(space.height));
  return { width: Math.max(1, Math.round((height * frame.width) / frame.height)), height };
}
