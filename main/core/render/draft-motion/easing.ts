import type { Easing } from '../../../../preload/contract/project/primitives';

/**
 * Eased progress for p in 0..1. ease-in-out is smoothstep (3p² − 2p³): the camera starts and
 * stops with zero speed, which is what makes a still feel filmed rather than slid.
 */
export function ease(easing: Easing, p: number): number {
  const t = Math.min(1, Math.max(0, p));
  return easing === 'linear' ? t : t * t * (3 - 2 * t);
}

/**
 * The same curve as an ffmpeg expression of the value stored in variable 0 (st(0,…)), so the
 * filter and ease() can never disagree.
 */
export function easeExpr(easing: Easing): string {
  return easing === 'linear' ? 'ld(0)' : 'ld(0)*ld(0)*(3-2*ld(0))';
}
