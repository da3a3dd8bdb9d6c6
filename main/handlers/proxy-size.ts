import { frameSize, type Aspect, type FrameSize } from '../../preload/contract/project';
import { AppError } from '../core/shared/app-error';

/** Previews and draft exports: a short side of 360 px is enough to judge timing and framing. */
export const PROXY_SHORT_SIDE = 360;

const even = (n: number): number => Math.round(n / 2) * 2;

/** The frame size of a proxy render in `aspect`: both sides even, the short one `shortSide`. */
export function proxyFrameSize(aspect: Aspect, shortSide: number = PROXY_SHORT_SIDE): FrameSize {
  if (!Number.isInteger(shortSide) || shortSide < 64 || shortSide % 2 !== 0) {
    throw new AppError('INTERNAL', `the proxy short side ${shortSide} must be an even whole number of at least 64 pixels`);
  }
  const full = frameSize(aspect, '720p');
  const scale = shortSide / Math.min(full.width, full.height);
  return { width: even(full.width * scale), height: even(full.height * scale) };
}
