import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resolveFfmpegBinaries } from '../../../main/core/ffmpeg/binaries';
import { createLocalProvider } from '../../../main/core/generate/local-provider';
import type { ProviderId } from '../../../main/core/generate/provider';
import { createProviders, type Providers } from '../../../main/core/generate/providers/create-providers';
import type { SceneSpec } from '../../../main/core/generate/scene-requests';
import type { GenerationDeps } from '../../../main/core/generate/generation-service';
import { createJobEvents, type JobEventMap, type JobEvents } from '../../../main/core/jobs/job-events';
import { createJobQueue, type JobQueue } from '../../../main/core/jobs/job-queue';
import type { JobQueueDeps } from '../../../main/core/jobs/job-context';
import { createPlacementHook } from '../../../main/core/generate/timeline-placement';
import type { AssetRecord } from '../../../main/core/media/asset';
import { importMedia } from '../../../main/core/media/import-media';
import { createEnvSecretStore } from '../../../main/core/ports/env-secret-store';
import { openStore, type Store } from '../../../main/core/storage/store';
import { createProject, loadProject, saveProjectDocument } from '../../../main/core/workspace/project-service';
import { FakeReplicate, REPLICATE_TEST_KEY } from '../../fakes/fake-replicate';
import { FakeRunway, RUNWAY_TEST_KEY } from '../../fakes/fake-runway';
import { FakeElevenLabs, ELEVENLABS_TEST_KEY } from '../../fakes/fake-elevenlabs';
import { makeTestImage } from '../../fakes/tiny-media';

export const KEYS = { replicate: REPLICATE_TEST_KEY, runway: RUNWAY_TEST_KEY, elevenlabs: ELEVENLABS_TEST_KEY };

export interface Fakes {
  replicate: FakeReplicate;
  runway: FakeRunway;
  elevenlabs: FakeElevenLabs;
  close(): Promise<void>;
}

/** The three fake services on 127.0.0.1, fast by default (tasks finish in well under a second). */
export async function startFakes(): Promise<Fakes> {
  const [replicate, runway, elevenlabs] = await Promise.all([FakeReplicate.start(), FakeRunway.start(), FakeElevenLabs.start()]);
  runway.timing = { pendingMs: 10, runningMs: 60, maxConcurrent: 4 };
  return { replicate, runway, elevenlabs, close: async () => void (await Promise.all([replicate.close(), runway.close(), elevenlabs.close()])) };
}

/** What the CLI and the providers read: keys and base URLs pointing at the fakes. */
export function fakeEnv(fakes: Fakes, keys: Partial<typeof KEYS> = KEYS): Record<string, string> {
  return {
    ADLOOM_REPLICATE_BASE_URL: fakes.replicate.baseUrl,
    ADLOOM_RUNWAY_BASE_URL: fakes.runway.origin,
    ADLOOM_ELEVENLABS_BASE_URL: fakes.elevenlabs.origin,
    ...(keys.replicate !== undefined && { REPLICATE_API_TOKEN: keys.replicate }),
    ...(keys.runway !== undefined && { RUNWAYML_API_SECRET: keys.runway }),
    ...(keys.elevenlabs !== undefined && { ELEVENLABS_API_KEY: keys.elevenlabs }),
  };
}

export interface Workspace {
  dataDir: string;
  store: Store;
  projectId: string;
  images: AssetRecord[];
  cleanup(): void;
}

/** A data dir with a 720p 9:16 project holding `count` distinct test images. */
export async function workspace(opts: { count?: number; budgetUsd?: number | null } = {}): Promise<Workspace> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'adloom-gen-'));
  const store = openStore({ dataDir });
  const { summary } = createProject(store, { name: 'Desk fan', aspect: '9:16', resolution: '720p', fps: 24 });
  if (opts.budgetUsd !== undefined) {
    const { document } = loadProject(store, summary.id);
    saveProjectDocument(store, summary.id, { ...document, settings: { ...document.settings, budgetUsd: opts.budgetUsd } });
  }
  const srcDir = path.join(dataDir, 'src');
  fs.mkdirSync(srcDir);
  const files = await Promise.all(Array.from({ length: opts.count ?? 4 }, (_, i) => makeTestImage({ dir: srcDir, name: `img${i}.png`, width: 96 + 16 * i, height: 128 })));
  const { ffmpeg, ffprobe } = resolveFfmpegBinaries();
  const { imported } = await importMedia({ files, dataDir, ffmpegPath: ffmpeg.path, ffprobePath: ffprobe.path, assets: store.assets, projectId: summary.id });
  return {
    dataDir, store, projectId: summary.id, images: imported.map((i) => i.asset),
    cleanup: () => {
      store.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function scenes(images: AssetRecord[], durationMs = 1000): SceneSpec[] {
  return images.map((img, i) => ({ assetId: img.id, durationMs, prompt: `Slow dolly-in on the fan, shot ${i + 1}`, cameraMove: 'zoom-in', intensity: 0.4, seed: 100 + i }));
}

export interface TestQueue {
  queue: JobQueue;
  providers: Providers;
  deps: GenerationDeps;
  events: JobEvents;
  /** Every event, in order. */
  log: Array<{ name: keyof JobEventMap; payload: unknown }>;
}

/** The real queue over real adapters pointed at the fakes, with test-speed polling and retries. */
export function testQueue(ws: Workspace, fakes: Fakes, over: Partial<JobQueueDeps> & { keys?: Partial<typeof KEYS>; requestTimeoutMs?: number } = {}): TestQueue {
  const { keys, requestTimeoutMs, ...queueOver } = over;
  const env = fakeEnv(fakes, keys ?? KEYS);
  const providers = createProviders({ secrets: createEnvSecretStore(env), env, dataDir: ws.dataDir, requestTimeoutMs: requestTimeoutMs ?? 5000 });
  const events = createJobEvents((err) => {
    throw err;
  });
  const log: TestQueue['log'] = [];
  for (const name of ['job.changed', 'job.progress', 'job.warning'] as const) events.on(name, (payload) => log.push({ name, payload }));
  const binaries = (): ReturnType<typeof resolveFfmpegBinaries> => resolveFfmpegBinaries();
  const queue = createJobQueue({
    store: ws.store,
    dataDir: ws.dataDir,
    providers: (id: ProviderId) => providers[id],
    local: createLocalProvider(binaries),
    binaries,
    events,
    pollIntervalMs: 20,
    retryPolicy: { maxAttempts: 4, baseDelayMs: 20, maxDelayMs: 200, maxRetryAfterMs: 5000 },
    pollRetryPolicy: { maxAttempts: 4, baseDelayMs: 20, maxDelayMs: 200, maxRetryAfterMs: 5000 },
    onSucceeded: createPlacementHook(ws.store),
    ...queueOver,
  });
  return { queue, providers, events, log, deps: { store: ws.store, dataDir: ws.dataDir, providers: (id) => providers[id] } };
}
