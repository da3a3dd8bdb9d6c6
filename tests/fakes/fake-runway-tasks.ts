import { randomUUID } from 'node:crypto';

/** How a Runway task ends; scripted per task through FakeRunway.nextOutcomes. */
export type RunwayOutcome = { status: 'SUCCEEDED' } | { status: 'FAILED'; failure: string; failureCode?: string };

export interface FakeTask {
  id: string;
  kind: 'video' | 'image';
  createdAt: number;
  /** End of the plain queue time; waiting beyond it (for a concurrency slot) shows THROTTLED. */
  pendingUntil: number;
  startAt: number;
  finishAt: number;
  credits: number;
  outcome: RunwayOutcome;
}

export interface RunwayTiming {
  pendingMs: number;
  runningMs: number;
  /** Tasks above this many at once wait in THROTTLED (per organization, §1.11). */
  maxConcurrent: number;
}

/** Schedules a new task after the ones it has to wait for (concurrency limit). */
export function scheduleTask(existing: FakeTask[], init: { kind: FakeTask['kind']; credits: number; outcome: RunwayOutcome; timing: RunwayTiming; now: number }): FakeTask {
  const { timing, now } = init;
  const busy = existing.filter((t) => t.finishAt > now).sort((a, b) => a.finishAt - b.finishAt);
  const slotFreeAt = busy.length >= timing.maxConcurrent ? (busy[busy.length - timing.maxConcurrent]?.finishAt ?? now) : now;
  const pendingUntil = now + timing.pendingMs;
  const startAt = Math.max(pendingUntil, slotFreeAt);
  return { id: randomUUID(), kind: init.kind, createdAt: now, pendingUntil, startAt, finishAt: startAt + timing.runningMs, credits: init.credits, outcome: init.outcome };
}

/** The GET /v1/tasks/{id} body (§1.6) at time `now`; `outputUrls` signs fresh URLs. */
export function taskView(t: FakeTask, ctx: { now: number; outputUrls: () => string[] }): Record<string, unknown> {
  const base = { id: t.id, createdAt: new Date(t.createdAt).toISOString() };
  const estimatedCost = { credits: t.credits };
  if (ctx.now < t.startAt) return { ...base, status: ctx.now < t.pendingUntil ? 'PENDING' : 'THROTTLED', estimatedCost };
  if (ctx.now < t.finishAt) {
    const progress = Math.round(((ctx.now - t.startAt) / Math.max(1, t.finishAt - t.startAt)) * 100) / 100;
    return { ...base, status: 'RUNNING', progress, estimatedCost };
  }
  if (t.outcome.status === 'FAILED') {
    // Failed tasks are refunded: cost 0.
    return { ...base, status: 'FAILED', failure: t.outcome.failure, ...(t.outcome.failureCode ? { failureCode: t.outcome.failureCode } : {}), cost: { credits: 0 } };
  }
  return { ...base, status: 'SUCCEEDED', output: ctx.outputUrls(), cost: { credits: t.credits } };
}
