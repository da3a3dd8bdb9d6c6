import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGeneration } from '../../../main/core/generate/generation-service';
import { parseJobInput } from '../../../main/core/jobs/job-input';
import type { JobRecord } from '../../../main/core/storage/job-repository';
import { AppError } from '../../../main/core/shared/app-error';
import { loadProject } from '../../../main/core/workspace/project-service';
import { scenes, startFakes, testQueue, workspace, type Fakes, type TestQueue, type Workspace } from '../generate/generation-env';

let fakes: Fakes;
let ws: Workspace;
beforeEach(async () => {
  fakes = await startFakes();
  ws = await workspace();
});
afterEach(async () => {
  await fakes.close();
  ws.cleanup();
});

const KLING = 'kwaivgi/kling-v2.1';
const gen = (images = ws.images, provider: 'replicate' | 'runway' = 'replicate') => ({ projectId: ws.projectId, provider, model: provider === 'replicate' ? KLING : 'gen4_turbo', scenes: scenes(images) });
const slow = (ms: number): void => void (fakes.replicate.timing = { startingMs: 10, processingMs: ms, retentionMs: 3_600_000 });

function until(t: TestQueue, test: (job: JobRecord) => boolean, count = 1): Promise<void> {
  const hits = new Set<string>();
  return new Promise((resolve) => {
    t.events.on('job.changed', ({ job }) => {
      if (test(job)) hits.add(job.id);
      if (hits.size >= count) resolve();
    });
  });
}

describe('job queue lifecycle', () => {
  it('keeps at most the configured number of remote tasks per provider running', async () => {
    slow(250);
    const t = testQueue(ws, fakes, { concurrency: { replicate: 2 } });
    startGeneration(t.deps, t.queue, gen());
    await t.queue.idle();
    const spans = [...fakes.replicate.predictions.values()].map((p) => [p.createdAt, p.createdAt + 10 + 250] as const);
    const overlap = Math.max(...spans.map(([start]) => spans.filter(([s, e]) => s <= start && start < e).length));
    expect(spans).toHaveLength(4);
    expect(overlap).toBe(2);
  });

  it('cancels a running task at the provider and stops without waiting for it', async () => {
    slow(5000);
    const t = testQueue(ws, fakes);
    const [job] = startGeneration(t.deps, t.queue, gen(ws.images.slice(0, 1))).jobs;
    await until(t, (j) => j.remoteId !== null);
    const started = Date.now();
    const cancelled = await t.queue.cancel(job?.id ?? '');
    await t.queue.idle();
    expect(Date.now() - started).toBeLessThan(2000);
    expect([cancelled.state, cancelled.errorCode, cancelled.outputAssetId]).toEqual(['cancelled', 'CANCELLED', null]);
    expect(fakes.replicate.http.count('cancel')).toBe(1);
    expect([...fakes.replicate.predictions.values()][0]?.canceledAt).toBeDefined();
    expect(ws.store.ledger.totalsForProject(ws.projectId).committedUsd).toBe(0);
  });

  it('cancels a Runway task with DELETE, and a queued job before it is ever sent', async () => {
    fakes.runway.timing = { pendingMs: 10, runningMs: 5000, maxConcurrent: 4 };
    const t = testQueue(ws, fakes, { concurrency: { runway: 1 } });
    const [first, second] = startGeneration(t.deps, t.queue, gen(ws.images.slice(0, 2), 'runway')).jobs;
    await until(t, (j) => j.remoteId !== null);
    expect((await t.queue.cancel(second?.id ?? '')).state).toBe('cancelled');
    await t.queue.cancel(first?.id ?? '');
    await t.queue.idle();
    expect(fakes.runway.http.count('task-delete')).toBe(1);
    expect(fakes.runway.createCalls()).toBe(1);
    expect(ws.store.jobs.get(second?.id ?? '').remoteId).toBeNull();
  });

  it('resumes after a stop: saved remote ids are polled, never submitted again, and every output is collected', async () => {
    slow(1500);
    const before = testQueue(ws, fakes);
    const started = startGeneration(before.deps, before.queue, gen());
    await until(before, (j) => j.remoteId !== null, 3);
    await before.queue.stop();
    const states = started.jobs.map((j) => ws.store.jobs.get(j.id)).map((j) => [j.state === 'queued', j.remoteId === null]);
    expect(states.filter(([queued, noId]) => queued && noId)).toHaveLength(1);
    expect(fakes.replicate.createCalls()).toBe(3);

    const after = testQueue(ws, fakes);
    expect(after.queue.resume().map((j) => j.id).sort()).toEqual(started.jobs.map((j) => j.id).sort());
    await after.queue.idle();
    expect(started.jobs.map((j) => ws.store.jobs.get(j.id).state)).toEqual(['succeeded', 'succeeded', 'succeeded', 'succeeded']);
    expect(fakes.replicate.createCalls()).toBe(4);
    expect(fakes.replicate.predictions.size).toBe(4);
  });

  it('fails, never resends, a job that was stopped inside its submit call', async () => {
    const t = testQueue(ws, fakes);
    const spec = { projectId: ws.projectId, kind: 'image-to-video', provider: 'replicate', model: KLING, input: parseJobInput('x', {
      request: { kind: 'image-to-video', model: KLING, imagePath: '/nowhere.png', prompt: 'p', durationSec: 5, aspect: '9:16' },
      sourceAssetId: null, modelVersion: null, label: 'crash',
    }) };
    const job = ws.store.jobs.insert(spec);
    ws.store.jobs.update(job.id, { state: 'submitted', attempts: 1 });
    t.queue.resume();
    await t.queue.idle();
    const after = ws.store.jobs.get(job.id);
    expect([after.state, after.errorCode]).toEqual(['failed', 'PROVIDER_ERROR']);
    expect(after.errorMessage).toMatch(/interrupted while it was being sent to Replicate; the task may or may not exist there/);
    expect(fakes.replicate.createCalls()).toBe(0);
  });

  it('blocks a generation that would go over the project budget, counting running jobs', async () => {
    const capped = await workspace({ count: 3, budgetUsd: 0.5 });
    try {
      slow(800);
      const t = testQueue(capped, fakes);
      const input = (n: number[]) => ({ projectId: capped.projectId, provider: 'replicate' as const, model: KLING, scenes: scenes(n.map((i) => capped.images[i] as (typeof capped.images)[number])) });
      const err = (() => {
        try {
          startGeneration(t.deps, t.queue, input([0, 1, 2]));
        } catch (e) {
          return e;
        }
      })();
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe('BUDGET_EXCEEDED');
      expect(capped.store.jobs.listForProject(capped.projectId)).toEqual([]);

      startGeneration(t.deps, t.queue, input([0, 1]));
      expect(() => startGeneration(t.deps, t.queue, input([2]))).toThrow(/\$0\.50 spent or committed of its \$0\.50 budget/);
      await t.queue.idle();
      expect(() => startGeneration(t.deps, t.queue, input([2]))).toThrow(/BUDGET|budget/);
      expect(fakes.replicate.createCalls()).toBe(2);
      expect(capped.store.ledger.totalsForProject(capped.projectId)).toEqual({ estimatedUsd: 0.5, actualUsd: 0.5, committedUsd: 0.5 });
    } finally {
      capped.cleanup();
    }
  });

  it('sends identical scenes once: the second waits for the first and takes its output from the cache', async () => {
    const t = testQueue(ws, fakes);
    const [scene] = scenes(ws.images.slice(0, 1));
    const started = startGeneration(t.deps, t.queue, { ...gen(), scenes: [scene, scene] as ReturnType<typeof scenes>, place: true });
    expect(started.toRun).toHaveLength(2);
    await t.queue.idle();
    const [first, second] = started.jobs.map((j) => ws.store.jobs.get(j.id));
    expect([first?.state, second?.state]).toEqual(['succeeded', 'succeeded']);
    expect(second?.outputAssetId).toBe(first?.outputAssetId);
    expect([second?.remoteId, second?.costActualUsd]).toEqual([null, 0]);
    expect(fakes.replicate.createCalls()).toBe(1);
    expect(loadProject(ws.store, ws.projectId).document.tracks.video.map((v) => v.id)).toEqual(['scene-1', 'scene-2']);
  });
});
