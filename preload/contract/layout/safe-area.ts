import type { FrameSize } from '../project/frame-size';
import type { Platform } from '../project/primitives';

/** Margins as fractions of the frame's width (left/right) and height (top/bottom). */
export interface SafeMargins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The part of the frame each platform's own UI leaves uncovered. Fractions, so they hold at every
 * resolution. Reasons (as measured on 1080×1920 for the vertical feeds):
 * - generic: the classic 90 % title-safe area (5 % each side).
 * - tiktok: the For You / Following tabs cover ~150 px at the top; caption, sound and the ad's
 *   CTA button take ~450 px at the bottom; the like/comment/share column ~140 px on the right.
 * - reels: Meta's ad guidance keeps the top 14 % and bottom 35 % free (profile row, caption, CTA)
 *   and 6 % at the sides; the action column needs a little more on the right.
 * - shorts: title, channel and subscribe row take ~20 % at the bottom, the action column ~12 %
 *   on the right, the search/menu bar ~8 % at the top.
 * - youtube (landscape): title-safe sides plus room for the progress bar and controls at the bottom.
 * - instagram-feed: no UI over the picture; a slim margin keeps text off the rounded crop.
 */
export const SAFE_MARGINS: Readonly<Record<Platform, SafeMargins>> = {
  generic: { top: 0.05, right: 0.05, bottom: 0.05, left: 0.05 },
  tiktok: { top: 0.08, right: 0.13, bottom: 0.24, left: 0.06 },
  reels: { top: 0.14, right: 0.1, bottom: 0.35, left: 0.06 },
  shorts: { top: 0.08, right: 0.12, bottom: 0.2, left: 0.06 },
  youtube: { top: 0.05, right: 0.05, bottom: 0.1, left: 0.05 },
  'instagram-feed': { top: 0.04, right: 0.04, bottom: 0.04, left: 0.04 },
};

/** The safe area in whole pixels of the given frame. */
export function safeArea(platform: Platform, frame: FrameSize): Rect {
  const m = SAFE_MARGINS[platform];
  const left = Math.round(frame.width * m.left);
  const right = frame.width - Math.round(frame.width * m.right);
  const top = Math.round(frame.height * m.top);
  const bottom = frame.height - Math.round(frame.height * m.bottom);
  return { x: left, y: top, width: right - left, height: bottom - top };
}
