export type CostKind = 'estimate' | 'actual';

export interface CostEntry {
  id: number;
  projectId: string | null;
  jobId: string | null;
  provider: string;
  model: string | null;
  kind: CostKind;
  amountUsd: number;
  note: string | null;
  createdAt: string;
}

export interface CostTotals {
  /** Latest estimate of each job, plus estimates not tied to a job. */
  estimatedUsd: number;
  /** Everything actually charged. */
  actualUsd: number;
  /** actual + the latest estimate of each unfinished job that has no actual yet: what a budget check must count. */
  committedUsd: number;
}

/** Sums in whole micro-dollars so that adding many small REAL amounts does not drift. */
const MICROS = 1_000_000;
const toMicros = (usd: number): number => Math.round(usd * MICROS);

/**
 * Totals for a set of ledger entries (given in insertion order). A job re-estimated later
 * (e.g. after the user changed duration) counts once, at its latest estimate.
 */
export function summarizeCosts(entries: readonly CostEntry[], unfinishedJobIds: ReadonlySet<string>): CostTotals {
  const latestEstimate = new Map<string, number>();
  const jobsWithActual = new Set<string>();
  let looseEstimates = 0;
  let actual = 0;
  for (const entry of entries) {
    const micros = toMicros(entry.amountUsd);
    if (entry.kind === 'actual') {
      actual += micros;
      if (entry.jobId !== null) jobsWithActual.add(entry.jobId);
    } else if (entry.jobId === null) {
      looseEstimates += micros;
    } else {
      latestEstimate.set(entry.jobId, micros);
    }
  }
  let estimated = looseEstimates;
  let pending = 0;
  for (const [jobId, micros] of latestEstimate) {
    estimated += micros;
    if (unfinishedJobIds.has(jobId) && !jobsWithActual.has(jobId)) pending += micros;
  }
  return { estimatedUsd: estimated / MICROS, actualUsd: actual / MICROS, committedUsd: (actual + pending) / MICROS };
}
