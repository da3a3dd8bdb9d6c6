import type { GenerationRequest, PollResult, Provider, ProviderId } from '../generate/provider';
import { PROVIDER_NAMES } from '../generate/providers/provider-errors';
import { AppError, toAppError } from '../shared/app-error';
import type { JobRecord } from '../storage/job-repository';
import { isUnfinished } from '../storage/job-state';
import { completeJob, failJob } from './finish-job';
import { stagingFile } from './import-output';
import { stopReason, type RunContext } from './job-context';
import type { JobInput } from './job-input';
import { DEFAULT_RETRY_POLICY, POLL_RETRY_POLICY, retryDecision } from './retry-policy';
import { notRetried, retrying } from './retrying';
import { sleep } from './sleep';

/** Lets the queue see when a runner is inside a submit call (cancelling then must not abort it). */
export type PhaseListener = (phase: 'waiting' | 'submitting' | 'remote') => void;

/**
 * One remote job from wherever it stands: submit (only when no remote id was ever saved),
 * poll to the end, download, import. Holds a provider slot while the remote task runs.
 */
export async function runRemoteJob(rc: RunContext, job: JobRecord, input: JobInput & { request: GenerationRequest }, onPhase: PhaseListener): Promise<void> {
  const provider = rc.deps.providers(job.provider as ProviderId);
  let release: (() => void) | null = null;
  try {
    let current = job;
    if (current.remoteId === null) {
      // 'submitted' without a remote id: the app stopped inside the submit call. The task may
      // exist (and be paid for) at the provider; sending it again could pay twice.
      if (current.state !== 'queued') return void failJob(rc, { job, error: interrupted(job) });
      release = await rc.slots.acquire(job.provider, rc.signal);
      const submitted = await submit(rc, { provider, job: current, request: input.request, onPhase });
      if (submitted === null) return;
      current = submitted;
    } else {
      release = rc.slots.claim(job.provider);
    }
    onPhase('remote');
    const result = await pollToEnd(rc, provider, current);
    release();
    release = null;
    if (result !== null) await settle(rc, { provider, job: current, input, result });
  } catch (err) {
    if (stopReason(rc.signal) !== null) return;
    failJob(rc, { job, error: toAppError(err) });
  } finally {
    release?.();
  }
}

function interrupted(job: JobRecord): AppError {
  const name = PROVIDER_NAMES[job.provider as ProviderId] ?? job.provider;
  return new AppError(
    'PROVIDER_ERROR',
    `Job ${job.id} was interrupted while it was being sent to ${name}; the task may or may not exist there. ` +
      `Check your ${name} dashboard before "adloom jobs retry ${job.id}" (a retry submits it again).`,
    { jobId: job.id, provider: job.provider, interruptedSubmit: true, retryable: false },
  );
}

async function submit(rc: RunContext, args: { provider: Provider; job: JobRecord; request: GenerationRequest; onPhase: PhaseListener }): Promise<JobRecord | null> {
  const { provider, job, request } = args;
  for (let attempt = 1; ; attempt += 1) {
    // The journal entry comes first: a crash from here on is never mistaken for "not sent".
    const journaled = rc.update(job.id, { state: 'submitted', attempts: rc.current(job.id).attempts + 1, errorCode: null, errorMessage: null });
    if (journaled === null) return null;
    try {
      // No abort signal: a request cut off half-way may still create a task we could not cancel.
      args.onPhase('submitting');
      const res = await provider.submit(request, {}).finally(() => args.onPhase('waiting'));
      const saved = rc.update(job.id, { remoteId: res.remoteId });
      if (res.providerEstimateUsd !== null && res.providerEstimateUsd !== job.costEstimateUsd) {
        rc.deps.store.ledger.recordEstimate({ projectId: job.projectId, jobId: job.id, provider: job.provider, model: job.model, amountUsd: res.providerEstimateUsd, note: `${provider.id}'s own estimate` });
      }
      if (saved === null || !isUnfinished(saved.state)) {
        // Cancelled while the request was on its way: stop the task that was just created.
        await provider.cancel(res.remoteId).catch(() => undefined);
        return null;
      }
      return saved;
    } catch (err) {
      const error = toAppError(err);
      const decision = retryDecision({ error, attempt, operation: 'submit', policy: rc.deps.retryPolicy ?? DEFAULT_RETRY_POLICY, random: rc.random() });
      if (!decision.retry) {
        failJob(rc, { job, error: notRetried(error, decision.reason, attempt) });
        return null;
      }
      const wait = `retrying in ${(decision.delayMs / 1000).toFixed(1)} s`;
      if (rc.update(job.id, { state: 'queued', errorCode: error.code, errorMessage: `${error.message} (${wait})` }) === null) return null;
      rc.events.emit('job.progress', { jobId: job.id, projectId: job.projectId, progress: null, status: wait });
      await sleep(decision.delayMs, rc.signal);
    }
  }
}

async function pollToEnd(rc: RunContext, provider: Provider, job: JobRecord): Promise<PollResult | null> {
  const remoteId = job.remoteId as string;
  const interval = rc.pollIntervalMs(provider);
  for (let failures = 0; ; ) {
    let result: PollResult;
    try {
      result = await provider.poll(remoteId, { signal: rc.signal });
      failures = 0;
    } catch (err) {
      if (rc.signal.aborted) throw err;
      failures += 1;
      const error = toAppError(err);
      const decision = retryDecision({ error, attempt: failures, operation: 'poll', policy: rc.deps.pollRetryPolicy ?? POLL_RETRY_POLICY, random: rc.random() });
      if (!decision.retry) throw lostTrack(notRetried(error, decision.reason, failures), job);
      rc.events.emit('job.progress', { jobId: job.id, projectId: job.projectId, progress: null, status: `checking failed (${error.code}); retrying in ${Math.ceil(decision.delayMs / 1000)} s` });
      await sleep(decision.delayMs, rc.signal);
      continue;
    }
    const now = rc.current(job.id);
    if (!isUnfinished(now.state)) return null;
    if (result.status === 'succeeded' || result.status === 'failed' || result.status === 'cancelled') return result;
    const state = result.status === 'running' ? 'running' : 'submitted';
    if (state !== now.state || result.progress !== now.progress) rc.update(job.id, { state, progress: result.progress });
    rc.events.emit('job.progress', { jobId: job.id, projectId: job.projectId, progress: result.progress, status: result.providerStatus });
    await sleep(interval, rc.signal);
  }
}

function lostTrack(error: AppError, job: JobRecord): AppError {
  if (error.code === 'NOT_FOUND') return error;
  const hint = ` The task may still finish at ${job.provider}; "adloom jobs retry ${job.id}" checks it again without submitting it again.`;
  return new AppError(error.code, `${error.message}${hint}`, error.details, { cause: error });
}

async function settle(rc: RunContext, args: { provider: Provider; job: JobRecord; input: JobInput; result: PollResult }): Promise<void> {
  const { provider, job, input, result } = args;
  if (result.status === 'failed') {
    const error = result.error ?? new AppError('PROVIDER_ERROR', `${provider.id} task ${result.remoteId} failed (${result.providerStatus}).`, { retryable: false });
    failJob(rc, { job, error, costUsd: result.costUsd });
    return;
  }
  if (result.status === 'cancelled') {
    rc.update(job.id, { state: 'cancelled', errorCode: 'CANCELLED', errorMessage: `${provider.id} reports task ${result.remoteId} as cancelled.` });
    return;
  }
  const downloading = rc.update(job.id, { state: 'downloading', progress: 1 });
  if (downloading === null) return;
  const file = stagingFile(rc.deps.dataDir, job, input);
  await retrying(rc, 'download', () => provider.download({ remoteId: result.remoteId, destPath: file, signal: rc.signal }));
  await completeJob(rc, { job: downloading, input, file, costUsd: result.costUsd });
}
