import type { AppMode } from '../../preload/contract/dto/app-dto';
import { resolveFfmpegBinaries, type FfmpegBinaries } from '../core/ffmpeg/binaries';
import type { Provider, ProviderId } from '../core/generate/provider';
import type { SecretStore } from '../core/ports/secret-store';
import { AppError } from '../core/shared/app-error';
import type { Store } from '../core/storage/store';
import type { EventSink } from './event-bus';
import type { HandlerContext, HandlerLifecycle, HandlerLogEntry } from './handler-context';
import { createJobRuntime, type JobRuntime } from './job-runtime';
import type { ShellPort, UploadStore } from './ports';
import { createRenderService, type RenderService } from './render-service';

export interface HandlerContextOptions {
  mode: AppMode;
  version: string;
  dataDir: string;
  store: Store;
  secrets: SecretStore;
  shell: ShellPort;
  events: EventSink;
  uploads?: UploadStore | null;
  env?: Record<string, string | undefined>;
  platform?: string;
  /** Fixed binaries (tests, the packaged app's resources/bin); otherwise resolved on first use. */
  binaries?: FfmpegBinaries;
  /** resources/fonts of the install (the shell knows where it is). */
  fontsDir?: string;
  /** Short side of previews and draft exports (default 360; tests render tiny). */
  proxyShortSide?: number;
  providers?: (id: ProviderId) => Provider;
  log?: (entry: HandlerLogEntry) => void;
}

function consoleLog(entry: HandlerLogEntry): void {
  const line = `[adloom] ${entry.level}: ${entry.message}`;
  if (entry.level === 'info') console.log(line);
  else console.error(line);
}

function lifecycleOf(jobs: JobRuntime, renders: RenderService, log: (entry: HandlerLogEntry) => void): HandlerLifecycle {
  return {
    start() {
      try {
        jobs.claimQueue();
      } catch (err) {
        // The CLI may be running jobs on this data dir: the app still starts, and generation
        // commands say why they cannot run until it is done.
        log({ level: 'warn', message: `generation jobs were not resumed: ${err instanceof Error ? err.message : String(err)}` });
      }
    },
    async stop() {
      // Both are told to stop before either is awaited: a shell that cannot wait (Electron's
      // will-quit) still has every encoder and runner aborted when this returns.
      await Promise.all([renders.stop(), jobs.stop()]);
    },
  };
}

/** The context both shells build once per run and hand to dispatch. */
export function createHandlerContext(options: HandlerContextOptions): HandlerContext {
  const env = options.env ?? process.env;
  const log = options.log ?? consoleLog;
  let binaries = options.binaries;
  const resolveBinaries = (): FfmpegBinaries => (binaries ??= resolveFfmpegBinaries({ env }));
  const jobs = createJobRuntime({ store: options.store, dataDir: options.dataDir, binaries: resolveBinaries, secrets: options.secrets, env, events: options.events, log });
  const renders = createRenderService({ log, ...(options.proxyShortSide !== undefined && { proxyShortSide: options.proxyShortSide }) });
  return {
    mode: options.mode,
    version: options.version,
    platform: options.platform ?? process.platform,
    dataDir: options.dataDir,
    store: options.store,
    binaries: resolveBinaries,
    fontsDir: () => {
      if (options.fontsDir === undefined) throw new AppError('NOT_FOUND', 'The fonts folder (resources/fonts) was not given to this shell; previews and exports cannot draw text without it.');
      return options.fontsDir;
    },
    secrets: options.secrets,
    providers: options.providers ?? ((id) => jobs.providers[id]),
    shell: options.shell,
    uploads: options.uploads ?? null,
    events: options.events,
    jobs,
    renders,
    lifecycle: lifecycleOf(jobs, renders, log),
    log,
  };
}
