import type { Aspect, Resolution } from './primitives';

export interface FrameSize {
  width: number;
  height: number;
}

/** The short side of each preset; the long side follows from the aspect. */
const SHORT_SIDE: Record<Resolution, number> = { '720p': 720, '1080p': 1080, '2160p': 2160 };
const RATIO: Record<Aspect, [number, number]> = { '16:9': [16, 9], '9:16': [9, 16], '1:1': [1, 1], '4:5': [4, 5] };

/** 2160p is offered for landscape only (platform uploads of vertical 4K are re-encoded anyway). */
export function resolutionAllowed(aspect: Aspect, resolution: Resolution): boolean {
  return resolution !== '2160p' || aspect === '16:9';
}

/** Output frame size in pixels; both sides even, as H.264 yuv420p requires. */
export function frameSize(aspect: Aspect, resolution: Resolution): FrameSize {
  const short = SHORT_SIDE[resolution];
  const [w, h] = RATIO[aspect];
  const even = (n: number): number => Math.round(n / 2) * 2;
  return w >= h ? { width: even((short * w) / h), height: short } : { width: short, height: even((short * h) / w) };
}

/** Scale factor from the 1080-short-side reference used for sizes in the document. */
export function referenceScale(size: FrameSize): number {
  return Math.min(size.width, size.height) / 1080;
}
