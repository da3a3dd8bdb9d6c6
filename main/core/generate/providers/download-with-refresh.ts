import { AppError } from '../../shared/app-error';
import type { DownloadRequest, DownloadResult, ProviderId } from '../provider';
import { downloadFile } from './download-file';
import { PROVIDER_NAMES } from './provider-errors';

export interface DownloadWithRefreshOptions {
  provider: ProviderId;
  req: DownloadRequest;
  timeoutMs: number;
  /** Reads the task again and returns its current output URLs (Runway signs fresh ones each time). */
  freshUrls: () => Promise<string[]>;
}

function isExpired(err: unknown): boolean {
  return err instanceof AppError && err.details?.expired === true;
}

function goneError(provider: ProviderId, remoteId: string): AppError {
  const name = PROVIDER_NAMES[provider];
  const keep = provider === 'replicate' ? ' (Replicate keeps outputs for one hour)' : '';
  return new AppError('PROVIDER_ERROR', `${name} no longer has the output of task ${remoteId}${keep}; the generation has to be run again.`, {
    provider,
    remoteId,
    operation: 'download',
    expired: true,
    retryable: false,
  });
}

/**
 * Output URLs expire (Runway: signed for 24–48 h; Replicate: deleted after 1 h). Fetch the
 * task for current URLs, download, and if the link has expired meanwhile fetch once more.
 */
export async function downloadWithRefresh(opts: DownloadWithRefreshOptions): Promise<DownloadResult> {
  const index = opts.req.outputIndex ?? 0;
  for (let attempt = 0; attempt < 2; attempt++) {
    const url = (await opts.freshUrls())[index];
    if (url === undefined) throw goneError(opts.provider, opts.req.remoteId);
    try {
      return await downloadFile({ provider: opts.provider, url, destPath: opts.req.destPath, timeoutMs: opts.timeoutMs, ...(opts.req.signal ? { signal: opts.req.signal } : {}) });
    } catch (err) {
      if (!isExpired(err)) throw err;
    }
  }
  throw goneError(opts.provider, opts.req.remoteId);
}
