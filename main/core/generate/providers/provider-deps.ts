import type { FfmpegBinaries } from '../../ffmpeg/binaries';
import type { SecretStore } from '../../ports/secret-store';

export interface ProviderLogEntry {
  level: 'debug' | 'info' | 'warn';
  provider: string;
  event: string;
  /** Never a key: adapters only put ids, statuses, codes and redacted messages here. */
  fields?: Record<string, unknown>;
}
export type ProviderLog = (entry: ProviderLogEntry) => void;

/** What every adapter factory takes. Only `secrets` is required. */
export interface ProviderDeps {
  secrets: SecretStore;
  /** Explicit API root (tests); otherwise ADLOOM_*_BASE_URL, otherwise the real service. */
  baseUrl?: string;
  env?: Record<string, string | undefined>;
  /** Per HTTP request, default 60 s. */
  requestTimeoutMs?: number;
  /** Per output download, default 10 min. */
  downloadTimeoutMs?: number;
  /** Overrides the provider's suggested poll interval (tests use tens of ms). */
  pollIntervalMs?: number;
  /** FFmpeg for downscaling images; resolved on first use when absent. */
  ffmpeg?: FfmpegBinaries;
  /** Where synchronous providers (ElevenLabs) keep results between submit and download. */
  workDir?: string;
  log?: ProviderLog;
}

export const DEFAULT_REQUEST_TIMEOUT_MS = 60_000;
export const DEFAULT_DOWNLOAD_TIMEOUT_MS = 600_000;
