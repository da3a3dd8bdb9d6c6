import { describe, expect, it } from 'vitest';
import type { CostEntry } from './cost-totals';
import { summarizeCosts } from './cost-totals';

let nextId = 1;
function entry(kind: CostEntry['kind'], amountUsd: number, jobId: string | null): CostEntry {
  return { id: nextId++, projectId: 'p', jobId, provider: 'replicate', model: 'm', kind, amountUsd, note: null, createdAt: '2025-01-01T00:00:00.000Z' };
}

describe('summarizeCosts', () => {
  it('is all zero for no entries', () => {
    expect(summarizeCosts([], new Set())).toEqual({ estimatedUsd: 0, actualUsd: 0, committedUsd: 0 });
  });

  it('counts the latest estimate of a job once, and estimates without a job in full', () => {
    const entries = [entry('estimate', 0.5, 'a'), entry('estimate', 0.8, 'a'), entry('estimate', 0.25, null), entry('estimate', 0.25, null)];
    expect(summarizeCosts(entries, new Set()).estimatedUsd).toBe(1.3);
  });

  it('committed = actual + latest estimates of unfinished jobs that have no actual yet', () => {
    const entries = [
      entry('estimate', 1, 'done'),
      entry('actual', 0.9, 'done'),
      entry('estimate', 2, 'running'),
      entry('estimate', 3, 'queued'),
      entry('estimate', 2.5, 'queued'),
      entry('estimate', 4, 'failed'),
      entry('estimate', 0.5, 'partly'),
      entry('actual', 0.4, 'partly'),
      entry('estimate', 7, null),
    ];
    const totals = summarizeCosts(entries, new Set(['running', 'queued', 'partly']));
    expect(totals).toEqual({ estimatedUsd: 17, actualUsd: 1.3, committedUsd: 5.8 });
  });

  it('sums in micro-dollars, so many small amounts do not drift', () => {
    const entries = Array.from({ length: 10 }, () => entry('actual', 0.1, null));
    expect(summarizeCosts(entries, new Set()).actualUsd).toBe(1);
    expect(summarizeCosts([entry('actual', 0.1, null), entry('actual', 0.2, null)], new Set()).actualUsd).toBe(0.3);
  });
});
