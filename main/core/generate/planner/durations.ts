import { AppError } from '../../shared/app-error';

export interface Bounds {
  min: number;
  max: number;
}

/**
 * How many scenes a total length holds at the mood's pacing. The count is kept where every
 * scene can stay within its bounds (the first one may be shorter: it has to end by the hook time).
 */
export function sceneCount({ totalMs, sceneMs, firstMaxMs }: { totalMs: number; sceneMs: Bounds & { target: number }; firstMaxMs: number }): number {
  const firstMax = Math.min(firstMaxMs, sceneMs.max);
  const lo = totalMs <= firstMax ? 1 : 1 + Math.ceil((totalMs - firstMax) / sceneMs.max);
  const hi = Math.floor(totalMs / sceneMs.min);
  if (lo > hi) {
    throw new AppError('BAD_INPUT', `scene plan: ${totalMs} ms cannot be split into scenes of ${sceneMs.min}–${sceneMs.max} ms`, { totalMs });
  }
  return Math.min(hi, Math.max(lo, Math.round(totalMs / sceneMs.target)));
}

/**
 * Splits `totalMs` into integer scene lengths that sum exactly to it, each within its bounds,
 * shared out by weight. Whole tenths of a second are used when the total allows, so plans read
 * cleanly ("2.4 s") and cut on frame-friendly times.
 */
export function allocateDurations({ totalMs, bounds, weights }: { totalMs: number; bounds: readonly Bounds[]; weights: readonly number[] }): number[] {
  const step = totalMs % 100 === 0 ? 100 : 1;
  const minU = bounds.map((b) => Math.ceil(b.min / step));
  const maxU = bounds.map((b) => Math.floor(b.max / step));
  const alloc = [...minU];
  let remaining = totalMs / step - minU.reduce((a, b) => a + b, 0);
  const capacity = maxU.reduce((a, b) => a + b, 0) - minU.reduce((a, b) => a + b, 0);
  if (remaining < 0 || remaining > capacity) {
    throw new AppError('INTERNAL', `scene plan: ${totalMs} ms does not fit ${bounds.length} scenes within their bounds`, { totalMs });
  }
  while (remaining > 0) {
    const active = alloc.map((a, i) => i).filter((i) => (alloc[i] ?? 0) < (maxU[i] ?? 0));
    const weightSum = active.reduce((sum, i) => sum + (weights[i] ?? 1), 0);
    let given = 0;
    let best = active[0] ?? 0;
    let bestShare = -1;
    for (const i of active) {
      const share = (remaining * (weights[i] ?? 1)) / weightSum;
      const add = Math.min(Math.floor(share), (maxU[i] ?? 0) - (alloc[i] ?? 0));
      alloc[i] = (alloc[i] ?? 0) + add;
      given += add;
      if (share > bestShare) [best, bestShare] = [i, share];
    }
    // Flooring can hand out nothing when the rest is smaller than the number of scenes.
    if (given === 0) {
      alloc[best] = (alloc[best] ?? 0) + 1;
      given = 1;
    }
    remaining -= given;
  }
  return alloc.map((units) => units * step);
}
