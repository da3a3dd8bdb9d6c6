import type { Easing } from '../../../../preload/contract/project/primitives';

/**
 * The curve of ease() (preload/contract/layout/camera-motion, shared with the editor's preview)
 * as an ffmpeg expression of the value stored in variable 0 (st(0,…)), so the filter and the
 * preview can never disagree.
 */
export function easeExpr(easing: Easing): string {
  return easing === 'linear' ? 'ld(0)' : 'ld(0)*ld(0)*(3-2*ld(0))';
}
