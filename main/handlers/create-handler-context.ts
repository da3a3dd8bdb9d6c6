import type { AppMode } from '../../preload/contract/dto/app-dto';
import { resolveFfmpegBinaries, type FfmpegBinaries } from '../core/ffmpeg/binaries';
import type { Provider, ProviderId } from '../core/generate/provider';
import type { SecretStore } from '../core/ports/secret-store';
import type { Store } from '../core/storage/store';
import type { EventSink } from './event-bus';
import type { HandlerContext, HandlerLogEntry } from './handler-context';
import type { ShellPort, UploadStore } from './ports';
import { createProviderFactory } from './provider-factory';

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
  providers?: (id: ProviderId) => Provider;
  log?: (entry: HandlerLogEntry) => void;
}

function consoleLog(entry: HandlerLogEntry): void {
  const line = `[adloom] ${entry.level}: ${entry.message}`;
  if (entry.level === 'info') console.log(line);
  else console.error(line);
}

/** The context both shells build once per run and hand to dispatch. */
export function createHandlerContext(options: HandlerContextOptions): HandlerContext {
  const env = options.env ?? process.env;
  let binaries = options.binaries;
  return {
    mode: options.mode,
    version: options.version,
    platform: options.platform ?? process.platform,
    dataDir: options.dataDir,
    store: options.store,
    binaries: () => (binaries ??= resolveFfmpegBinaries({ env })),
    secrets: options.secrets,
    providers: options.providers ?? createProviderFactory({ secrets: options.secrets, env }),
    shell: options.shell,
    uploads: options.uploads ?? null,
    events: options.events,
    log: options.log ?? consoleLog,
  };
}
