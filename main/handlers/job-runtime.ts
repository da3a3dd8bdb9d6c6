import { AppSettings } from '../../preload/contract/dto/settings-dto';
import type { FfmpegBinaries } from '../core/ffmpeg/binaries';
import { createGenerationRuntime } from '../core/generate/generation-runtime';
import type { GenerationDeps } from '../core/generate/generation-service';
import type { Providers } from '../core/generate/providers/create-providers';
import { createJobEvents, type JobEvents } from '../core/jobs/job-events';
import type { JobQueue } from '../core/jobs/job-queue';
import { acquireQueueLock, type QueueLock } from '../core/jobs/queue-lock';
import type { SecretStore } from '../core/ports/secret-store';
import { AppError } from '../core/shared/app-error';
import type { Store } from '../core/storage/store';
import type { EventSink } from './event-bus';
import type { HandlerLogEntry } from './handler-context';
import { APP_SETTINGS_KEY } from './settings-handlers';
import { jobToDto } from './to-dto';

/** The app's generation runtime: one queue and one set of provider adapters per process. */
export interface JobRuntime {
  readonly queue: JobQueue;
  readonly providers: Providers;
  /** What core/generate needs, with the app-wide budget as the settings say right now. */
  deps(): GenerationDeps;
  /**
   * The queue, once this process holds the data dir's queue lock: taken (and unfinished jobs
   * resumed) on first use. CONFLICT while another Adloom process (the CLI) runs the jobs.
   */
  claimQueue(): JobQueue;
  /** Stops the runners without touching their state (the next start resumes them), then releases the lock. */
  stop(): Promise<void>;
}

export interface JobRuntimeOptions {
  store: Store;
  dataDir: string;
  binaries: () => FfmpegBinaries;
  secrets: SecretStore;
  env: Record<string, string | undefined>;
  events: EventSink;
  log: (entry: HandlerLogEntry) => void;
}

/** The queue's events as the contract's job.* events. */
function forwardJobEvents(events: EventSink, log: JobRuntimeOptions['log']): JobEvents {
  const jobEvents = createJobEvents((err) => log({ level: 'error', message: `a job event could not be sent: ${err instanceof Error ? err.message : String(err)}` }));
  jobEvents.on('job.changed', ({ job }) => events.emit('job.changed', { job: jobToDto(job) }));
  jobEvents.on('job.progress', ({ jobId, projectId, progress, status }) =>
    events.emit('job.progress', { jobId, projectId, progress: progress === null ? null : Math.min(Math.max(progress, 0), 1), ...(status !== undefined && { status: status.slice(0, 200) }) }),
  );
  jobEvents.on('job.warning', ({ jobId, message }) => log({ level: 'warn', message: `job ${jobId}: ${message}`, fields: { jobId } }));
  return jobEvents;
}

export function createJobRuntime(opts: JobRuntimeOptions): JobRuntime {
  // No placeOnTimeline: the editor places finished clips itself, with undo.
  const runtime = createGenerationRuntime({
    store: opts.store,
    dataDir: opts.dataDir,
    binaries: opts.binaries,
    secrets: opts.secrets,
    env: opts.env,
    events: forwardJobEvents(opts.events, opts.log),
    // Debug entries come with every poll; only what a person may need reaches the app log.
    log: (entry) => {
      if (entry.level !== 'debug') opts.log({ level: entry.level, message: `${entry.provider}: ${entry.event}`, fields: { provider: entry.provider, ...entry.fields } });
    },
  });
  let lock: QueueLock | null = null;
  let stopped = false;
  // A shell that exits without awaiting stop() (Electron's quit) still leaves no lock behind.
  const releaseAtExit = (): void => lock?.release();
  return {
    queue: runtime.queue,
    providers: runtime.providers,
    deps: () => ({ ...runtime.deps, appBudgetUsd: opts.store.settings.get(APP_SETTINGS_KEY, AppSettings)?.projectBudgetUsd ?? null }),
    claimQueue() {
      if (stopped) throw new AppError('CONFLICT', 'Adloom is shutting down; generation jobs cannot start now', {});
      if (lock === null) {
        lock = acquireQueueLock(opts.dataDir);
        process.once('exit', releaseAtExit);
        runtime.queue.resume();
      }
      return runtime.queue;
    },
    async stop() {
      stopped = true;
      await runtime.queue.stop();
      process.off('exit', releaseAtExit);
      lock?.release();
      lock = null;
    },
  };
}
