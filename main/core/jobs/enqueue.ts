import fs from 'node:fs';
import { checkBudget } from '../generate/cost/budget';
import type { CostEstimate } from '../generate/provider';
import type { AssetRecord } from '../media/asset';
import { assetFilePath } from '../media/asset-paths';
import type { JobRecord } from '../storage/job-repository';
import type { Store } from '../storage/store';
import type { JobInput, JobKind } from './job-input';

/** One job to queue, fully prepared by core/generate (request, estimate, cache key). */
export interface NewJobSpec {
  projectId: string | null;
  kind: JobKind;
  provider: string;
  model: string;
  input: JobInput;
  estimate: CostEstimate;
  cacheKey: string;
}

export interface EnqueueOptions {
  /** Checked against the project's committed spend before anything is written. */
  budget?: { projectId: string; budgetUsd: number | null };
}

export interface EnqueueOutcome {
  /** One per spec, in order. */
  jobs: JobRecord[];
  /** New jobs that need running. */
  toRun: string[];
  /** Jobs answered from the cache: succeeded at once, no remote call, no cost. */
  cacheHits: Array<{ job: JobRecord; asset: AssetRecord }>;
}

/** The cached output for a key, if it is still in the library; a dangling entry is dropped. */
export function cachedOutput(store: Store, dataDir: string, cacheKey: string): AssetRecord | undefined {
  const entry = store.generationCache.get(cacheKey);
  if (entry === undefined) return undefined;
  const asset = store.assets.get(entry.assetId);
  if (asset !== undefined && fs.existsSync(assetFilePath(dataDir, asset))) return asset;
  store.generationCache.delete(cacheKey);
  return undefined;
}

/**
 * Writes the jobs (and their estimates in the ledger) in one transaction, after the budget
 * check, so a refused batch leaves nothing behind. Rows are written before any remote call.
 */
export function enqueueJobs(input: { store: Store; dataDir: string; specs: readonly NewJobSpec[]; options?: EnqueueOptions }): EnqueueOutcome {
  const { store, dataDir, specs, options = {} } = input;
  return store.transaction(() => {
    const plan = specs.map((spec) => ({ spec, hit: cachedOutput(store, dataDir, spec.cacheKey) }));
    if (options.budget) {
      // Identical specs count once each here (a little over): the later ones finish from the cache.
      const addUsd = plan.reduce((sum, step) => sum + (step.hit ? 0 : step.spec.estimate.usd), 0);
      const { committedUsd } = store.ledger.totalsForProject(options.budget.projectId);
      checkBudget({ projectId: options.budget.projectId, budgetUsd: options.budget.budgetUsd, committedUsd, addUsd });
    }
    const outcome: EnqueueOutcome = { jobs: [], toRun: [], cacheHits: [] };
    for (const { spec, hit } of plan) {
      const job = insert(store, spec, hit !== undefined);
      if (hit) {
        const done = succeedFromCache(store, job, hit);
        outcome.jobs.push(done);
        outcome.cacheHits.push({ job: done, asset: hit });
      } else {
        outcome.jobs.push(job);
        outcome.toRun.push(job.id);
      }
    }
    return outcome;
  });
}

function insert(store: Store, spec: NewJobSpec, cached: boolean): JobRecord {
  const job = store.jobs.insert({
    projectId: spec.projectId,
    kind: spec.kind,
    provider: spec.provider,
    model: spec.model,
    input: spec.input,
    costEstimateUsd: cached ? 0 : spec.estimate.usd,
    cacheKey: spec.cacheKey,
  });
  if (!cached && spec.provider !== 'local') {
    store.ledger.recordEstimate({ projectId: spec.projectId, jobId: job.id, provider: spec.provider, model: spec.model, amountUsd: spec.estimate.usd, note: spec.estimate.basis });
  }
  return job;
}

/** Same provider, model, image, prompt, parameters and seed as an earlier paid result: reuse it, pay nothing. */
export function succeedFromCache(store: Store, job: JobRecord, asset: AssetRecord): JobRecord {
  if (job.projectId !== null) store.assets.linkToProject({ projectId: job.projectId, assetId: asset.id });
  return store.jobs.update(job.id, { state: 'succeeded', outputAssetId: asset.id, costActualUsd: 0, progress: 1 });
}
