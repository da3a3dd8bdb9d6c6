import { AppError } from '../shared/app-error';
import type { JobChange, JobRecord } from '../storage/job-repository';
import { isUnfinished } from '../storage/job-state';
import { cancelJob, retryJob } from './cancel-retry';
import { cachedOutput, enqueueJobs, succeedFromCache, type EnqueueOptions, type EnqueueOutcome, type NewJobSpec } from './enqueue';
import { failJob, runSucceededHook } from './finish-job';
import { concurrencyOf, isConflict, pollIntervalOf, type JobQueueDeps, type RunContext } from './job-context';
import { createJobEvents, type JobEvents } from './job-events';
import { isDraftMotion, parseJobInput } from './job-input';
import { runLocalJob } from './run-local-job';
import { runRemoteJob } from './run-remote-job';
import { createSlots } from './slots';

export interface JobQueue {
  readonly events: JobEvents;
  /** Budget check, rows and estimates in one transaction, then the new jobs start. */
  enqueue(specs: readonly NewJobSpec[], options?: EnqueueOptions): EnqueueOutcome;
  /** Cancels the job here and its task at the provider. A finished job is returned unchanged. */
  cancel(jobId: string): Promise<JobRecord>;
  /** Queues a failed or cancelled job again; a remote task that is still alive or done is picked up, not paid again. */
  retry(jobId: string, options?: EnqueueOptions): Promise<JobRecord>;
  /** Starts every unfinished job of the database: saved remote ids are polled, never submitted again. */
  resume(): JobRecord[];
  /** Resolves once no job runs in this process. */
  idle(): Promise<void>;
  /** Stops the runners without touching their state, so the next start resumes them. */
  stop(): Promise<void>;
  /** Ids of the jobs running in this process. */
  active(): string[];
}

const REMOTE_PROVIDERS = new Set(['replicate', 'runway', 'elevenlabs']);

interface Running {
  ctrl: AbortController;
  phase: 'waiting' | 'submitting' | 'remote';
  done: Promise<void>;
}

export function createJobQueue(deps: JobQueueDeps): JobQueue {
  const events = deps.events ?? createJobEvents();
  const slots = createSlots((provider) => concurrencyOf(deps, provider));
  const running = new Map<string, Running>();
  const leaders = new Map<string, Promise<void>>();
  const random = deps.random ?? Math.random;

  const update = (jobId: string, change: JobChange): JobRecord | null => {
    try {
      const job = deps.store.jobs.update(jobId, change);
      events.emit('job.changed', { job });
      return job;
    } catch (err) {
      if (isConflict(err)) return null;
      throw err;
    }
  };
  const context = (signal: AbortSignal): RunContext => ({
    deps, events, slots, signal, random, update,
    pollIntervalMs: (provider) => pollIntervalOf(deps, provider),
    current: (jobId) => deps.store.jobs.get(jobId),
  });

  async function drive(jobId: string, entry: Running): Promise<void> {
    const job = deps.store.jobs.get(jobId);
    if (!isUnfinished(job.state)) return;
    const rc = context(entry.ctrl.signal);
    // An identical job that ran ahead of this one may have made the output meanwhile.
    const hit = job.remoteId === null && job.cacheKey !== null ? cachedOutput(deps.store, deps.dataDir, job.cacheKey) : undefined;
    if (hit) {
      const done = deps.store.transaction(() => succeedFromCache(deps.store, job, hit));
      events.emit('job.changed', { job: done });
      runSucceededHook({ deps, events }, done, hit);
      return;
    }
    let input;
    try {
      input = parseJobInput(job.id, job.input);
    } catch (err) {
      failJob(rc, { job, error: err as AppError });
      return;
    }
    const { request } = input;
    if (!isDraftMotion(request) && !REMOTE_PROVIDERS.has(job.provider)) {
      failJob(rc, { job, error: new AppError('BAD_INPUT', `job ${job.id} names provider "${job.provider}", which this version does not have`, { jobId: job.id }) });
      return;
    }
    if (isDraftMotion(request)) await runLocalJob(rc, job, { ...input, request });
    else await runRemoteJob(rc, job, { ...input, request }, (phase) => (entry.phase = phase));
  }

  /**
   * Jobs with the same cache key run one after another: the first pays, the others then find
   * its output in the cache. Identical scenes in one batch, or a double click, never pay twice.
   */
  function start(jobId: string): void {
    if (running.has(jobId)) return;
    const key = deps.store.jobs.get(jobId).cacheKey;
    const ahead = key === null ? undefined : leaders.get(key);
    const entry: Running = { ctrl: new AbortController(), phase: 'waiting', done: Promise.resolve() };
    running.set(jobId, entry);
    entry.done = (ahead ?? Promise.resolve())
      .then(() => drive(jobId, entry))
      .catch((err: unknown) => events.emit('job.warning', { jobId, message: err instanceof Error ? err.message : String(err) }))
      .finally(() => {
        running.delete(jobId);
        if (key !== null && leaders.get(key) === entry.done) leaders.delete(key);
      });
    if (key !== null) leaders.set(key, entry.done);
  }

  return {
    events,
    enqueue(specs, options) {
      const outcome = enqueueJobs({ store: deps.store, dataDir: deps.dataDir, specs, ...(options ? { options } : {}) });
      for (const job of outcome.jobs) events.emit('job.changed', { job });
      for (const hit of outcome.cacheHits) runSucceededHook({ deps, events }, hit.job, hit.asset);
      outcome.toRun.forEach(start);
      return outcome;
    },
    cancel: (jobId) =>
      cancelJob({ deps, events, random, jobId, stopRunner: () => {
        const entry = running.get(jobId);
        // Inside a submit call the runner is left to finish it: it then sees the cancel and
        // cancels the task it just created. Aborting would lose that task's id.
        if (entry && entry.phase !== 'submitting') entry.ctrl.abort('cancel');
      } }),
    async retry(jobId, options) {
      if (running.has(jobId)) throw new AppError('CONFLICT', `job ${jobId} is still running here; wait for it or cancel it first`, { jobId });
      const job = await retryJob({ deps, events, jobId, ...(options ? { options } : {}) });
      start(jobId);
      return job;
    },
    resume() {
      const jobs = deps.store.jobs.listUnfinished();
      jobs.forEach((job) => start(job.id));
      return jobs;
    },
    async idle() {
      while (running.size > 0) await Promise.allSettled([...running.values()].map((r) => r.done));
    },
    async stop() {
      for (const entry of running.values()) entry.ctrl.abort('shutdown');
      while (running.size > 0) await Promise.allSettled([...running.values()].map((r) => r.done));
    },
    active: () => [...running.keys()],
  };
}
