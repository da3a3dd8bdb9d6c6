import type { AppMode } from '../../preload/contract/dto/app-dto';
import type { FfmpegBinaries } from '../core/ffmpeg/binaries';
import type { Provider, ProviderId } from '../core/generate/provider';
import type { SecretStore } from '../core/ports/secret-store';
import type { Store } from '../core/storage/store';
import type { EventSink } from './event-bus';
import type { ShellPort, UploadStore } from './ports';

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
  secrets: SecretStore;
  providers(id: ProviderId): Provider;
  shell: ShellPort;
  /** Browser mode only; null in Electron (it imports by path). */
  uploads: UploadStore | null;
  events: EventSink;
  log(entry: HandlerLogEntry): void;
}
