import type { AppMode } from '../../preload/contract/dto/app-dto';
import type { FfmpegBinaries } from '../core/ffmpeg/binaries';
import type { Provider, ProviderId } from '../core/generate/provider';
import type { SecretStore } from '../core/ports/secret-store';
import type { Store } from '../core/storage/store';
import type { EventSink } from './event-bus';
import type { JobRuntime } from './job-runtime';
import type { ShellPort, UploadStore } from './ports';
import type { RenderService } from './render-service';

export interface HandlerLogEntry {
  level: 'info' | 'warn' | 'error';
  message: string;
  /** Never keys or file contents: command names, codes, ids. */
  fields?: Record<string, unknown>;
}

/**
 * Everything a handler may use. The transport builds one per app run (createHandlerContext)
 * and passes it to every dispatch; handlers never reach for globals, so tests run them against
 * a real temp store with nothing else started.
 */
export interface HandlerContext {
  mode: AppMode;
  version: string;
  platform: string;
  dataDir: string;
  store: Store;
  /** Resolved on first use: a missing FFmpeg fails the command that needs it, not the app. */
  binaries(): FfmpegBinaries;
  /** resources/fonts, shared by preview and export; NOT_FOUND when the shell gave none. */
  fontsDir(): string;
  secrets: SecretStore;
  providers(id: ProviderId): Provider;
  shell: ShellPort;
  /** Browser mode only; null in Electron (it imports by path). */
  uploads: UploadStore | null;
  events: EventSink;
  /** The generation queue and providers, one per process. */
  jobs: JobRuntime;
  /** Exports and previews running in this app. */
  renders: RenderService;
  /** The shell calls start() once the context is made and stop() when it closes. */
  lifecycle: HandlerLifecycle;
  log(entry: HandlerLogEntry): void;
}

export interface HandlerLifecycle {
  /** Takes the job-queue lock and resumes unfinished jobs (a lock held elsewhere is logged, not fatal). */
  start(): void;
  /** Stops renders and job runners (their state is kept for the next start) and releases the lock. */
  stop(): Promise<void>;
}
