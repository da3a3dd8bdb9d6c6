import { checkBudget } from '../generate/cost/budget';
import type { ProviderId } from '../generate/provider';
import { AppError } from '../shared/app-error';
import type { JobRecord } from '../storage/job-repository';
import { isUnfinished } from '../storage/job-state';
import type { EnqueueOptions } from './enqueue';
import { removeStaging } from './import-output';
import type { JobQueueDeps } from './job-context';
import type { JobEvents } from './job-events';
import { retrying } from './retrying';

const isRemote = (job: JobRecord): boolean => job.provider !== 'local';

/**
 * Cancels a job: the row first (so a runner here or in another process stops at its next
 * step and a late poll cannot revive it), then the remote task, then what it cost so far.
 */
export async function cancelJob(args: { deps: JobQueueDeps; events: JobEvents; random: () => number; jobId: string; stopRunner: () => void }): Promise<JobRecord> {
  const { deps, events, jobId } = args;
  const { store } = deps;
  const before = store.jobs.get(jobId);
  if (!isUnfinished(before.state)) return before;
  let job = store.jobs.update(jobId, { state: 'cancelled', errorCode: 'CANCELLED', errorMessage: 'Cancelled by the user.' });
  events.emit('job.changed', { job });
  args.stopRunner();
  if (!isRemote(job)) {
    await removeStaging(deps.dataDir, jobId);
    return job;
  }
  if (job.remoteId === null) return job;
  const provider = deps.providers(job.provider as ProviderId);
  const remoteId = job.remoteId;
  const rc = { deps, random: args.random, signal: new AbortController().signal };
  try {
    await retrying(rc, 'cancel', () => provider.cancel(remoteId));
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    job = store.jobs.update(jobId, { errorMessage: `Cancelled here, but cancelling task ${remoteId} at ${job.provider} failed: ${reason} It may still run and be charged.` });
    events.emit('job.changed', { job });
    events.emit('job.warning', { jobId, message: job.errorMessage ?? reason });
    return job;
  }
  // What the cancelled task cost (Replicate bills the run time so far); best effort.
  const last = await provider.poll(remoteId).catch(() => null);
  if (last?.costUsd !== undefined && last.costUsd !== null && !store.ledger.listForJob(jobId).some((e) => e.kind === 'actual')) {
    const cost = last.costUsd;
    job = store.transaction(() => {
      store.ledger.recordActual({ projectId: job.projectId, jobId, provider: job.provider, model: job.model, amountUsd: cost, note: 'cancelled task' });
      return store.jobs.update(jobId, { costActualUsd: cost });
    });
    events.emit('job.changed', { job });
  }
  return job;
}

/**
 * Puts a failed or cancelled job back in the queue. If its remote task is done or still going,
 * the job keeps the remote id and only polls (no new charge); otherwise it is submitted again,
 * which is new spending: the budget is checked and a new estimate is written.
 */
export async function retryJob(args: { deps: JobQueueDeps; events: JobEvents; jobId: string; options?: EnqueueOptions }): Promise<JobRecord> {
  const { deps, events, jobId } = args;
  const { store } = deps;
  const job = store.jobs.get(jobId);
  if (job.state !== 'failed' && job.state !== 'cancelled') {
    throw new AppError('CONFLICT', `job ${jobId} is ${job.state}; only failed or cancelled jobs can be retried`, { jobId, state: job.state });
  }
  let keepRemote = false;
  if (isRemote(job) && job.remoteId !== null) {
    const poll = await deps.providers(job.provider as ProviderId).poll(job.remoteId).catch(() => null);
    keepRemote = poll !== null && poll.status !== 'failed' && poll.status !== 'cancelled';
  }
  const requeued = store.transaction(() => {
    const paysAgain = isRemote(job) && !keepRemote;
    const estimate = job.costEstimateUsd ?? 0;
    if (paysAgain && args.options?.budget) {
      const { committedUsd } = store.ledger.totalsForProject(args.options.budget.projectId);
      checkBudget({ projectId: args.options.budget.projectId, budgetUsd: args.options.budget.budgetUsd, committedUsd, addUsd: estimate });
    }
    if (paysAgain) store.ledger.recordEstimate({ projectId: job.projectId, jobId, provider: job.provider, model: job.model, amountUsd: estimate, note: 'retry' });
    return store.jobs.update(jobId, { state: 'queued', remoteId: keepRemote ? job.remoteId : null, progress: null, errorCode: null, errorMessage: null });
  });
  events.emit('job.changed', { job: requeued });
  return requeued;
}
