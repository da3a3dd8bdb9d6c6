import type { FfmpegBinaries } from '../ffmpeg/binaries';
import type { LocalProvider } from '../generate/local-provider';
import type { Provider, ProviderId } from '../generate/provider';
import type { AssetRecord } from '../media/asset';
import { AppError } from '../shared/app-error';
import type { JobChange, JobRecord } from '../storage/job-repository';
import type { Store } from '../storage/store';
import type { JobEvents } from './job-events';
import type { RetryPolicy } from './retry-policy';
import type { Slots } from './slots';

/** Per provider, unless changed in settings (1–5). */
export const DEFAULT_CONCURRENCY = 3;
export const MIN_CONCURRENCY = 1;
export const MAX_CONCURRENCY = 5;

/**
 * How often the queue polls a running task, per provider, when the caller does not say.
 * Replicate: every 1 s. A finished task then waits at most 1 s to be noticed, so two rounds of
 * tasks stay within 10 % of their ideal time whatever the task length (measured: 8 clips of
 * 10.5 s at concurrency 4 took 22.6 s with 1 s polls, 24.4 s with the adapter's 2 s; the bench's
 * 10 s tasks take 20.5 s with either, as 10 s is a multiple of both). Replicate's GET limit is
 * 3000/min; 5 jobs × 60/min is far below it. Runway: the adapter's 5 s, because Runway asks
 * clients not to poll a task more often. ElevenLabs answers at submit (0 s).
 */
export const QUEUE_POLL_INTERVAL_MS: Partial<Record<string, number>> = { replicate: 1000 };

export interface JobQueueDeps {
  store: Store;
  dataDir: string;
  /** Remote adapters by id. */
  providers: (id: ProviderId) => Provider;
  local: LocalProvider;
  /** FFmpeg/ffprobe for importing outputs. */
  binaries: () => FfmpegBinaries;
  events?: JobEvents;
  /** Jobs with remote work outstanding (or FFmpeg running, for `local`) per provider. */
  concurrency?: Partial<Record<string, number>>;
  /** One number for every provider (tests) or per provider; otherwise QUEUE_POLL_INTERVAL_MS, then the adapter's own. */
  pollIntervalMs?: number | Partial<Record<string, number>>;
  retryPolicy?: RetryPolicy;
  pollRetryPolicy?: RetryPolicy;
  /** [0, 1); injectable so tests can pin the jitter. */
  random?: () => number;
  /** Runs after a job's output is in the library and linked (the CLI places clips on the timeline). */
  onSucceeded?: (job: JobRecord, asset: AssetRecord) => void;
}

/** What the per-job runners share with the queue. */
export interface RunContext {
  deps: JobQueueDeps;
  events: JobEvents;
  slots: Slots;
  signal: AbortSignal;
  random: () => number;
  pollIntervalMs(provider: Provider): number;
  /** Writes a change and emits job.changed; null when the job was finished elsewhere (e.g. cancelled). */
  update(jobId: string, change: JobChange): JobRecord | null;
  /** The row as stored now. */
  current(jobId: string): JobRecord;
}

export function concurrencyOf(deps: Pick<JobQueueDeps, 'concurrency'>, provider: string): number {
  const wanted = deps.concurrency?.[provider] ?? DEFAULT_CONCURRENCY;
  return Math.min(MAX_CONCURRENCY, Math.max(MIN_CONCURRENCY, Math.round(wanted)));
}

export function pollIntervalOf(deps: Pick<JobQueueDeps, 'pollIntervalMs'>, provider: Pick<Provider, 'id' | 'pollIntervalMs'>): number {
  const given = deps.pollIntervalMs;
  if (typeof given === 'number') return given;
  return given?.[provider.id] ?? QUEUE_POLL_INTERVAL_MS[provider.id] ?? provider.pollIntervalMs;
}

/** Why a runner stopped early: the person cancelled, or the process is shutting down (resume later). */
export type StopReason = 'cancel' | 'shutdown';

export function stopReason(signal: AbortSignal): StopReason | null {
  if (!signal.aborted) return null;
  return signal.reason === 'shutdown' ? 'shutdown' : 'cancel';
}

export function isConflict(err: unknown): boolean {
  return err instanceof AppError && err.code === 'CONFLICT';
}
