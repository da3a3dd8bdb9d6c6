/** Where one render request stands: variant `index` of `count` is at `percent`. */
export interface VariantProgress {
  index: number;
  count: number;
  /** 0..100 of the current variant (FFmpeg's progress). */
  percent: number;
  /** FFmpeg's estimate for the current variant, or null. */
  etaMs: number | null;
  /** Wall-clock time since the request started. */
  elapsedMs: number;
}

const round4 = (n: number): number => Math.round(n * 1e4) / 1e4;

/**
 * Progress of the whole request: variants count equally, and the variants still to come are
 * estimated at the pace of what is done so far (they are the same timeline in another frame).
 */
export function overallProgress(p: VariantProgress): { fraction: number; etaMs: number | null } {
  const current = Math.min(Math.max(p.percent, 0), 100) / 100;
  const done = p.index + current;
  const fraction = round4(Math.min(Math.max(done / p.count, 0), 1));
  if (p.count === 1) return { fraction, etaMs: p.etaMs === null ? null : Math.max(0, Math.round(p.etaMs)) };
  if (done <= 0) return { fraction, etaMs: null };
  const perVariantMs = p.elapsedMs / done;
  const currentLeftMs = p.etaMs ?? perVariantMs * (1 - current);
  return { fraction, etaMs: Math.max(0, Math.round(currentLeftMs + perVariantMs * (p.count - p.index - 1))) };
}
