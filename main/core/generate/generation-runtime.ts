import { z } from 'zod';
import type { FfmpegBinaries } from '../ffmpeg/binaries';
import { createJobQueue, type JobQueue } from '../jobs/job-queue';
import { MAX_CONCURRENCY, MIN_CONCURRENCY } from '../jobs/job-context';
import type { JobEvents } from '../jobs/job-events';
import type { SecretStore } from '../ports/secret-store';
import type { Store } from '../storage/store';
import type { GenerationDeps } from './generation-service';
import { createLocalProvider } from './local-provider';
import { createProviders, type Providers } from './providers/create-providers';
import type { ProviderLog } from './providers/provider-deps';
import { createPlacementHook } from './timeline-placement';

/** Jobs at once per provider, in the settings table: { "replicate": 2, "local": 1 }. */
export const CONCURRENCY_KEY = 'generation.concurrency';
export const ConcurrencySettings = z.record(z.enum(['local', 'replicate', 'runway', 'elevenlabs']), z.number().int().min(MIN_CONCURRENCY).max(MAX_CONCURRENCY));

export interface GenerationRuntimeOptions {
  store: Store;
  dataDir: string;
  binaries: () => FfmpegBinaries;
  secrets: SecretStore;
  /** ADLOOM_*_BASE_URL (tests point these at the fake servers). */
  env?: Record<string, string | undefined>;
  events?: JobEvents;
  /** Place finished clips and voice-overs on the project's timeline (the CLI; the editor does its own). */
  placeOnTimeline?: boolean;
  /** Overrides the per-provider defaults (QUEUE_POLL_INTERVAL_MS); tests use tens of ms. */
  pollIntervalMs?: number;
  /** Overrides the settings for this run. */
  concurrency?: Partial<Record<string, number>>;
  appBudgetUsd?: number | null;
  log?: ProviderLog;
}

export interface GenerationRuntime {
  queue: JobQueue;
  providers: Providers;
  deps: GenerationDeps;
}

/** Providers, the local draft-motion provider and the persistent queue, wired the one way every adapter uses them. */
export function createGenerationRuntime(opts: GenerationRuntimeOptions): GenerationRuntime {
  const providers = createProviders({
    secrets: opts.secrets,
    dataDir: opts.dataDir,
    ...(opts.env ? { env: opts.env } : {}),
    ...(opts.log ? { log: opts.log } : {}),
  });
  const stored = opts.store.settings.get(CONCURRENCY_KEY, ConcurrencySettings) ?? {};
  const queue = createJobQueue({
    store: opts.store,
    dataDir: opts.dataDir,
    providers: (id) => providers[id],
    local: createLocalProvider(opts.binaries),
    binaries: opts.binaries,
    concurrency: { ...stored, ...opts.concurrency },
    ...(opts.events ? { events: opts.events } : {}),
    ...(opts.pollIntervalMs !== undefined ? { pollIntervalMs: opts.pollIntervalMs } : {}),
    ...(opts.placeOnTimeline ? { onSucceeded: createPlacementHook(opts.store) } : {}),
  });
  const deps: GenerationDeps = { store: opts.store, dataDir: opts.dataDir, providers: (id) => providers[id], ...(opts.appBudgetUsd !== undefined ? { appBudgetUsd: opts.appBudgetUsd } : {}) };
  return { queue, providers, deps };
}
