import type { AssetRecord } from '../media/asset';
import type { AppError } from '../shared/app-error';
import type { JobRecord } from '../storage/job-repository';
import { isUnfinished } from '../storage/job-state';
import type { Store } from '../storage/store';
import { importGeneratedOutput, provenanceOf, removeStaging } from './import-output';
import type { RunContext } from './job-context';
import type { JobInput } from './job-input';

/** Records what a job really cost, once: a resumed or cancelled job may reach here twice. */
function recordActualOnce(store: Store, job: JobRecord, amountUsd: number, note: string): void {
  if (job.provider === 'local') return;
  if (store.ledger.listForJob(job.id).some((e) => e.kind === 'actual')) return;
  store.ledger.recordActual({ projectId: job.projectId, jobId: job.id, provider: job.provider, model: job.model, amountUsd, note });
}

export interface CompleteArgs {
  job: JobRecord;
  input: JobInput;
  /** The downloaded (or encoded) output. */
  file: string;
  /** What the provider reports it charged; null = it did not say. */
  costUsd: number | null;
}

/**
 * Imports the output (with provenance), then in one transaction: the cache entry, the link to
 * the project, the actual cost and the succeeded state. A job cancelled meanwhile keeps its
 * state, but its paid output still lands in the library and the cache.
 */
export async function completeJob(rc: RunContext, args: CompleteArgs): Promise<JobRecord | null> {
  const { store, dataDir } = rc.deps;
  const { job, input } = args;
  const costUsd = args.costUsd ?? job.costEstimateUsd ?? 0;
  const note = args.costUsd === null ? 'provider reported no cost; the estimate is recorded' : null;
  const finishedAt = new Date().toISOString();
  const asset = await importGeneratedOutput({
    file: args.file,
    dataDir,
    binaries: rc.deps.binaries,
    assets: store.assets,
    provenance: provenanceOf({ job: rc.current(job.id), input, costUsd, finishedAt }),
  });
  const done = store.transaction((): JobRecord | null => {
    if (job.cacheKey !== null) store.generationCache.put({ cacheKey: job.cacheKey, assetId: asset.id, provider: job.provider, model: job.model });
    recordActualOnce(store, job, costUsd, note ?? `${job.provider} ${job.model ?? ''}`.trim());
    const now = store.jobs.get(job.id);
    if (!isUnfinished(now.state)) return null;
    if (now.projectId !== null) store.assets.linkToProject({ projectId: now.projectId, assetId: asset.id });
    return store.jobs.update(job.id, { state: 'succeeded', outputAssetId: asset.id, costActualUsd: costUsd, progress: 1, errorCode: null, errorMessage: null });
  });
  await removeStaging(dataDir, job.id);
  if (done === null) return null;
  rc.events.emit('job.changed', { job: done });
  runSucceededHook(rc, done, asset);
  return done;
}

export function runSucceededHook(rc: Pick<RunContext, 'deps' | 'events'>, job: JobRecord, asset: AssetRecord): void {
  try {
    rc.deps.onSucceeded?.(job, asset);
  } catch (err) {
    rc.events.emit('job.warning', { jobId: job.id, message: `the output is in the library, but ${err instanceof Error ? err.message : String(err)}` });
  }
}

/** Marks a job failed with the error's code and message (and what the failed task cost, if the provider says). */
export function failJob(rc: RunContext, args: { job: JobRecord; error: AppError; costUsd?: number | null }): JobRecord | null {
  const { store } = rc.deps;
  const { job, error } = args;
  const failed = store.transaction((): JobRecord | null => {
    if (!isUnfinished(store.jobs.get(job.id).state)) return null;
    if (args.costUsd !== undefined && args.costUsd !== null) {
      recordActualOnce(store, job, args.costUsd, 'failed task');
      store.jobs.update(job.id, { costActualUsd: args.costUsd });
    }
    return store.jobs.update(job.id, { state: 'failed', errorCode: error.code, errorMessage: error.message });
  });
  if (failed !== null) rc.events.emit('job.changed', { job: failed });
  return failed;
}
