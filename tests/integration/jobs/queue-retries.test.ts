import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGeneration } from '../../../main/core/generate/generation-service';
import { scenes, startFakes, testQueue, workspace, type Fakes, type Workspace } from '../generate/generation-env';

let fakes: Fakes;
let ws: Workspace;
beforeEach(async () => {
  fakes = await startFakes();
  ws = await workspace({ count: 1 });
});
afterEach(async () => {
  await fakes.close();
  ws.cleanup();
});

const KLING = 'kwaivgi/kling-v2.1';
const one = (provider: 'replicate' | 'runway' = 'replicate') => ({ projectId: ws.projectId, provider, model: provider === 'replicate' ? KLING : 'gen4_turbo', scenes: scenes(ws.images) });

async function runOne(t: ReturnType<typeof testQueue>, provider: 'replicate' | 'runway' = 'replicate') {
  const [job] = startGeneration(t.deps, t.queue, one(provider)).jobs;
  await t.queue.idle();
  return ws.store.jobs.get(job?.id ?? '');
}

describe('job queue retries against the fake servers', () => {
  it('waits out a 429 as long as Retry-After says, then succeeds with one paid task', async () => {
    fakes.replicate.http.fault('create-by-model', { type: 'status', status: 429, headers: { 'retry-after': '1' }, body: { detail: 'Request was throttled. Expected available in 1 second.' } }, 2);
    const t = testQueue(ws, fakes);
    const started = Date.now();
    const job = await runOne(t);
    expect(job.state).toBe('succeeded');
    expect(job.attempts).toBe(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
    expect(fakes.replicate.createCalls()).toBe(3);
    expect(fakes.replicate.predictions.size).toBe(1);
    const statuses = t.log.filter((e) => e.name === 'job.progress').map((e) => (e.payload as { status?: string }).status);
    expect(statuses.filter((s) => /^retrying in 1\.[01] s$/.test(s ?? ''))).toHaveLength(2);
  });

  it('backs off on 5xx and dropped connections, for submit, poll and download', async () => {
    fakes.runway.http.fault('image_to_video', { type: 'status', status: 503, body: { error: 'busy' } });
    fakes.runway.http.fault('image_to_video', { type: 'drop' });
    fakes.runway.http.fault('task', { type: 'status', status: 502, body: { error: 'bad gateway' } }, 2);
    fakes.runway.http.fault('cdn', { type: 'drop' });
    const t = testQueue(ws, fakes);
    const job = await runOne(t, 'runway');
    expect([job.state, job.errorMessage]).toEqual(['succeeded', null]);
    expect(fakes.runway.createCalls()).toBe(3);
    expect(fakes.runway.tasks.size).toBe(1);
  });

  it.each([
    [400, 'BAD_INPUT'],
    [401, 'AUTH_FAILED'],
    [402, 'OUT_OF_CREDIT'],
    [422, 'BAD_INPUT'],
  ])('does not retry HTTP %i (%s)', async (status, code) => {
    fakes.replicate.http.fault('create-by-model', { type: 'status', status, contentType: 'application/problem+json', body: { title: 'No', detail: `refused with ${status}`, status } }, 5);
    const t = testQueue(ws, fakes);
    const job = await runOne(t);
    expect([job.state, job.errorCode, job.attempts]).toEqual(['failed', code, 1]);
    expect(fakes.replicate.createCalls()).toBe(1);
  });

  it('does not resend a submit whose answer never came (it may have been created)', async () => {
    fakes.replicate.http.fault('create-by-model', { type: 'hang' });
    const t = testQueue(ws, fakes, { requestTimeoutMs: 300 });
    const job = await runOne(t);
    expect([job.state, job.errorCode, job.attempts]).toEqual(['failed', 'PROVIDER_ERROR', 1]);
    expect(job.errorMessage).toMatch(/did not answer in time while starting the generation\. The task may or may not have been created/);
    expect(fakes.replicate.createCalls()).toBe(1);
  });

  it('records a failed task with its error and what the provider charged', async () => {
    fakes.runway.nextOutcomes.push({ status: 'FAILED', failure: 'Content moderation', failureCode: 'SAFETY.INPUT.IMAGE' });
    const t = testQueue(ws, fakes);
    const job = await runOne(t, 'runway');
    expect([job.state, job.errorCode, job.costActualUsd]).toEqual(['failed', 'BAD_INPUT', 0]);
    expect(job.errorMessage).toMatch(/content moderation rejected the input/);
    expect(ws.store.ledger.totalsForProject(ws.projectId)).toEqual({ estimatedUsd: 0.1, actualUsd: 0, committedUsd: 0 });
  });

  it('gives up polling after repeated failures but keeps the remote id, and retry picks the task up without paying again', async () => {
    fakes.replicate.timing = { startingMs: 10, processingMs: 200, retentionMs: 3_600_000 };
    fakes.replicate.http.fault('get', { type: 'status', status: 500, body: { detail: 'oops' } }, 4);
    const t = testQueue(ws, fakes);
    const failed = await runOne(t);
    expect([failed.state, failed.errorCode]).toEqual(['failed', 'PROVIDER_ERROR']);
    expect(failed.errorMessage).toMatch(/checks it again without submitting it again/);
    expect(failed.remoteId).not.toBeNull();
    await t.queue.retry(failed.id);
    await t.queue.idle();
    const done = ws.store.jobs.get(failed.id);
    expect([done.state, done.remoteId]).toEqual(['succeeded', failed.remoteId]);
    expect(fakes.replicate.createCalls()).toBe(1);
  });

  it('retry of a job whose task failed submits it again, as new spending', async () => {
    fakes.replicate.nextOutcomes.push({ status: 'failed', error: 'CUDA out of memory' });
    const t = testQueue(ws, fakes);
    const failed = await runOne(t);
    expect(failed.errorMessage).toMatch(/CUDA out of memory/);
    await t.queue.retry(failed.id);
    await t.queue.idle();
    const done = ws.store.jobs.get(failed.id);
    expect(done.state).toBe('succeeded');
    expect(done.remoteId).not.toBe(failed.remoteId);
    expect(fakes.replicate.createCalls()).toBe(2);
    expect(ws.store.ledger.listForJob(done.id).filter((e) => e.kind === 'estimate')).toHaveLength(2);
  });
});
