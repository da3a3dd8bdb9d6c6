import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { estimateGeneration, startGeneration } from '../../../main/core/generate/generation-service';
import type { VideoProviderId } from '../../../main/core/generate/scene-requests';
import { assetFilePath } from '../../../main/core/media/asset-paths';
import { loadProject } from '../../../main/core/workspace/project-service';
import { scenes, startFakes, testQueue, workspace, type Fakes, type Workspace } from './generation-env';

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

const MODELS: Record<VideoProviderId, string> = { local: 'draft-motion', replicate: 'kwaivgi/kling-v2.1', runway: 'gen4_turbo' };
const createCalls = (provider: VideoProviderId): number =>
  provider === 'replicate' ? fakes.replicate.createCalls() : provider === 'runway' ? fakes.runway.createCalls() : 0;

describe.each(['replicate', 'runway', 'local'] as const)('a 4-image generation with %s', (provider) => {
  it('goes end to end into the library with provenance, the ledger and the timeline', async () => {
    const t = testQueue(ws, fakes);
    const input = { projectId: ws.projectId, provider, model: MODELS[provider], scenes: scenes(ws.images), place: true };
    const estimate = estimateGeneration(t.deps, input);
    expect(estimate.items).toHaveLength(4);
    // Kling bills 5 s at $0.05/s; gen4_turbo's shortest clip is 2 s at 5 credits/s.
    expect(estimate.totalUsd).toBe({ local: 0, replicate: 1, runway: 0.4 }[provider]);

    const started = startGeneration(t.deps, t.queue, input);
    expect(started.toRun).toHaveLength(4);
    await t.queue.idle();

    const jobs = started.jobs.map((j) => ws.store.jobs.get(j.id));
    expect(jobs.map((j) => [j.state, j.errorMessage])).toEqual(jobs.map(() => ['succeeded', null]));
    expect(createCalls(provider)).toBe(provider === 'local' ? 0 : 4);
    for (const [i, job] of jobs.entries()) {
      expect(job.remoteId === null).toBe(provider === 'local');
      const asset = ws.store.assets.get(job.outputAssetId ?? '');
      expect(asset?.kind).toBe('video');
      expect(fs.existsSync(assetFilePath(ws.dataDir, asset as { id: string; ext: string }))).toBe(true);
      // The fakes return the same bytes for every task, so remote outputs share one asset whose
      // provenance is that of its first generation; local clips differ per image.
      if (provider === 'local') {
        expect(asset?.provenance).toMatchObject({
          provider: 'local', model: 'draft-motion', modelVersion: '1', sourceAssetId: ws.images[i]?.id, costUsd: 0,
          parameters: { move: 'zoom-in', intensity: 0.4, durationMs: 1000, width: 720, height: 1280, fps: 24 },
        });
      }
      expect(asset?.provenance?.startedAt).toMatch(/^\d{4}-/);
      expect(asset?.provenance?.finishedAt).toMatch(/^\d{4}-/);
    }
    const first = ws.store.assets.get(jobs[0]?.outputAssetId ?? '');
    if (provider !== 'local') {
      // Whichever job finished first wrote it; its scene is found by the source image.
      const n = ws.images.findIndex((img) => img.id === first?.provenance?.sourceAssetId);
      expect(n).toBeGreaterThanOrEqual(0);
      expect(first?.provenance).toMatchObject({ provider, model: MODELS[provider], prompt: `Slow dolly-in on the fan, shot ${n + 1}`, seed: 100 + n, sourceAssetId: ws.images[n]?.id });
      expect(first?.provenance?.parameters).toMatchObject({ durationSec: 1, aspect: '9:16', motion: 0.4 });
      expect(first?.provenance?.costUsd).toBeGreaterThanOrEqual(0);
    }

    const linked = new Set(ws.store.assets.listForProject(ws.projectId).map((a) => a.id));
    for (const job of jobs) expect(linked.has(job.outputAssetId ?? '')).toBe(true);
    const { document } = loadProject(ws.store, ws.projectId);
    expect(document.tracks.video.map((v) => v.id)).toEqual(['scene-1', 'scene-2', 'scene-3', 'scene-4']);
    expect(document.tracks.video.map((v) => (v.type === 'clip' && 'assetId' in v.media ? v.media.assetId : null))).toEqual(jobs.map((j) => j.outputAssetId));

    const totals = ws.store.ledger.totalsForProject(ws.projectId);
    expect(totals.committedUsd).toBe(totals.actualUsd);
    if (provider === 'runway') expect(totals).toEqual({ estimatedUsd: 0.4, actualUsd: 0.4, committedUsd: 0.4 });
    if (provider === 'local') expect(ws.store.ledger.listForProject(ws.projectId)).toEqual([]);
    const kinds = new Set(t.log.filter((e) => e.name === 'job.changed').map((e) => (e.payload as { job: { state: string } }).job.state));
    expect([...kinds]).toEqual(expect.arrayContaining(provider === 'local' ? ['queued', 'running', 'succeeded'] : ['queued', 'submitted', 'downloading', 'succeeded']));
    expect(t.log.some((e) => e.name === 'job.progress')).toBe(true);
  });

  it('reuses the earlier output for the same inputs: no remote call, no cost', async () => {
    const t = testQueue(ws, fakes);
    const input = { projectId: ws.projectId, provider, model: MODELS[provider], scenes: scenes(ws.images.slice(0, 2)) };
    startGeneration(t.deps, t.queue, input);
    await t.queue.idle();
    const callsBefore = createCalls(provider);
    const ledgerBefore = ws.store.ledger.listForProject(ws.projectId);

    expect(estimateGeneration(t.deps, input).items.map((i) => [i.cached, i.usd])).toEqual([[true, 0], [true, 0]]);
    const again = startGeneration(t.deps, t.queue, input);
    expect(again.cacheHits).toHaveLength(2);
    expect(again.toRun).toEqual([]);
    await t.queue.idle();
    expect(createCalls(provider)).toBe(callsBefore);
    expect(ws.store.ledger.listForProject(ws.projectId)).toEqual(ledgerBefore);
    expect(again.jobs.map((j) => [j.state, j.costActualUsd, j.remoteId])).toEqual([['succeeded', 0, null], ['succeeded', 0, null]]);

    // A different seed is a different generation.
    const other = startGeneration(t.deps, t.queue, { ...input, scenes: input.scenes.map((s) => ({ ...s, seed: 999 })) });
    expect(other.cacheHits).toHaveLength(provider === 'runway' || provider === 'replicate' ? 0 : 2);
    await t.queue.idle();
  });
});
