import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JobDto } from '../../../preload/contract/dto/job-dto';
import { QUEUE_LOCK_FILE } from '../../../main/core/jobs/queue-lock';
import { contractEnv, type ContractEnv } from './contract-env';
import { waitForEvent } from './render-fixture';
import { tinyMedia } from './tiny-media';

async function projectWithImage(env: ContractEnv): Promise<{ projectId: string; image: string }> {
  const media = await tinyMedia();
  const { summary } = await env.value('projects.create', { name: 'Gen', aspect: '9:16', resolution: '720p', fps: 24 });
  const { imported } = await env.value('media.import', { projectId: summary.id, sources: [{ path: media.png }] });
  return { projectId: summary.id, image: imported[0]?.asset.id as string };
}

const changes = (env: ContractEnv, jobId: string): JobDto[] => env.events.filter((e) => e.name === 'job.changed').map((e) => (e.payload as { job: JobDto }).job).filter((j) => j.id === jobId);
const settled = (env: ContractEnv, jobId: string, state: JobDto['state']): Promise<{ job: JobDto }> =>
  waitForEvent<{ job: JobDto }>(env, 'job.changed', (p) => p.job.id === jobId && p.job.state === state);

describe('generate.start with free draft motion', () => {
  it('runs every scene to a library clip, reporting job.changed and job.progress, then estimates them as cached', async () => {
    const env = contractEnv();
    const { projectId, image } = await projectWithImage(env);
    const scenes = [
      { assetId: image, durationMs: 500, cameraMove: 'zoom-in' },
      { assetId: image, durationMs: 500, cameraMove: 'pan-left' },
    ];
    const { jobIds } = await env.value('generate.start', { projectId, provider: 'draft', scenes });
    expect(jobIds).toHaveLength(2);
    expect(fs.existsSync(path.join(env.dataDir, QUEUE_LOCK_FILE))).toBe(true);
    for (const id of jobIds) await settled(env, id, 'succeeded');

    for (const id of jobIds) expect(changes(env, id).map((j) => j.state)).toEqual(expect.arrayContaining(['queued', 'running', 'succeeded']));
    expect(env.events.some((e) => e.name === 'job.progress' && jobIds.includes((e.payload as { jobId: string }).jobId))).toBe(true);
    const listed = await env.value('jobs.list', { projectId });
    expect(listed.map((j) => [j.state, j.provider, j.costEstimateUsd]).sort()).toEqual([
      ['succeeded', 'local', 0],
      ['succeeded', 'local', 0],
    ]);
    const outputs = listed.map((j) => j.outputAssetId as string);
    const inProject = (await env.value('media.listForProject', { projectId })).map((a) => a.id);
    expect(inProject).toEqual(expect.arrayContaining(outputs));
    expect((await env.value('media.get', { assetId: outputs[0] as string })).provenance).toMatchObject({ provider: 'local', model: 'draft-motion', sourceAssetId: image });

    const again = await env.value('generate.estimate', { projectId, provider: 'draft', scenes });
    expect(again.items.map((i) => [i.cached, i.usd])).toEqual([
      [true, 0],
      [true, 0],
    ]);
    expect(again).toMatchObject({ totalUsd: 0, budgetUsd: null, remainingUsd: null, withinBudget: true });

    await env.ctx.lifecycle.stop();
    expect(fs.existsSync(path.join(env.dataDir, QUEUE_LOCK_FILE))).toBe(false);
  });
});

describe('jobs.cancel, jobs.retry, jobs.resume', () => {
  it('cancels a running and a queued job, retries one to success, and refuses to retry a finished one', async () => {
    const env = contractEnv();
    const { projectId, image } = await projectWithImage(env);
    // Local draft motion runs one job at a time: the long one runs, the short one waits.
    const { jobIds } = await env.value('generate.start', {
      projectId,
      provider: 'draft',
      scenes: [
        { assetId: image, durationMs: 30_000, cameraMove: 'zoom-in' },
        { assetId: image, durationMs: 500, cameraMove: 'zoom-out' },
      ],
    });
    const [long, short] = jobIds as [string, string];
    await settled(env, long, 'running');
    expect((await env.value('jobs.cancel', { jobId: short })).state).toBe('cancelled');
    const cancelled = await env.value('jobs.cancel', { jobId: long });
    expect(cancelled).toMatchObject({ id: long, state: 'cancelled', errorCode: 'CANCELLED', outputAssetId: null });
    await settled(env, long, 'cancelled');

    const retried = await env.value('jobs.retry', { jobId: short });
    expect(retried.state).toBe('queued');
    const done = await settled(env, short, 'succeeded');
    expect(done.job.outputAssetId).toMatch(/^[0-9a-f]{64}$/);
    expect(env.store.jobs.get(long).state).toBe('cancelled');
    expect(await env.error('jobs.retry', { jobId: short })).toMatchObject({ code: 'CONFLICT', message: `job ${short} is succeeded; only failed or cancelled jobs can be retried` });
    expect((await env.error('jobs.cancel', { jobId: 'no-such-job' })).code).toBe('NOT_FOUND');
    expect(await env.value('jobs.resume', {})).toBeNull();
  });

  it('leaves the queue to another live process that holds the lock, and says so', async () => {
    const env = contractEnv();
    const { projectId, image } = await projectWithImage(env);
    // The parent process (the test runner) stands in for a CLI run that is still going.
    fs.writeFileSync(path.join(env.dataDir, QUEUE_LOCK_FILE), JSON.stringify({ pid: process.ppid, since: new Date().toISOString() }));
    env.ctx.lifecycle.start();
    expect(env.logs.at(-1)).toMatchObject({ level: 'warn', message: expect.stringContaining(`generation jobs were not resumed: Another Adloom process (pid ${process.ppid})`) });
    const refused = await env.error('generate.start', { projectId, provider: 'draft', scenes: [{ assetId: image, durationMs: 500 }] });
    expect(refused).toMatchObject({ code: 'CONFLICT', details: { pid: process.ppid } });
    expect(env.store.jobs.listForProject(projectId)).toEqual([]);
    expect((await env.error('jobs.resume', {})).code).toBe('CONFLICT');
  });
});
