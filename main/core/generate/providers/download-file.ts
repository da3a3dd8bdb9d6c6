import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { AppError } from '../../shared/app-error';
import type { DownloadResult, ProviderId } from '../provider';
import { checkRemoteUrl } from './endpoints';
import { PROVIDER_NAMES } from './provider-errors';

export interface DownloadFileOptions {
  provider: ProviderId;
  url: string;
  destPath: string;
  timeoutMs: number;
  signal?: AbortSignal;
}

// CDN answers for a signed URL that is past its time (CloudFront 403, Replicate 404/410).
const EXPIRED_STATUSES = new Set([401, 403, 404, 410]);
const MEDIA_TYPE = /^(video|image|audio)\/|^application\/octet-stream/;

/**
 * Streams one output URL to destPath atomically (temp file in the same folder, fsync, rename).
 * Sends no Authorization header: output URLs are pre-signed and may be on another host.
 * An expired URL throws PROVIDER_ERROR with details.expired so the caller can fetch a fresh one.
 */
export async function downloadFile(opts: DownloadFileOptions): Promise<DownloadResult> {
  const name = PROVIDER_NAMES[opts.provider];
  const url = checkRemoteUrl(opts.url, `${name} output URL`);
  const signals = [AbortSignal.timeout(opts.timeoutMs), ...(opts.signal ? [opts.signal] : [])];
  const res = await fetch(url, { signal: AbortSignal.any(signals), redirect: 'follow' });
  if (!res.ok) {
    await res.body?.cancel().catch(() => undefined);
    const expired = EXPIRED_STATUSES.has(res.status);
    const why = expired ? 'the link has expired or was removed' : `HTTP ${res.status}`;
    throw new AppError('PROVIDER_ERROR', `${name} output could not be downloaded (${why}).`, {
      provider: opts.provider,
      operation: 'download',
      status: res.status,
      expired,
      retryable: !expired && res.status >= 500,
    });
  }
  const contentType = (res.headers.get('content-type') ?? 'application/octet-stream').split(';')[0]?.trim() ?? '';
  if (!MEDIA_TYPE.test(contentType) || !res.body) {
    await res.body?.cancel().catch(() => undefined);
    throw new AppError('PROVIDER_ERROR', `${name} output is "${contentType}", not media; nothing was saved.`, {
      provider: opts.provider,
      operation: 'download',
      contentType,
      retryable: true,
    });
  }
  await fsp.mkdir(path.dirname(opts.destPath), { recursive: true });
  const temp = path.join(path.dirname(opts.destPath), `.tmp-${randomUUID()}${path.extname(opts.destPath)}`);
  try {
    await pipeline(Readable.fromWeb(res.body as WebReadableStream<Uint8Array>), fs.createWriteStream(temp));
    const fh = await fsp.open(temp, 'r+');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
    const { size } = await fsp.stat(temp);
    if (size === 0) throw new AppError('PROVIDER_ERROR', `${name} output was empty.`, { provider: opts.provider, operation: 'download', retryable: true });
    await fsp.rename(temp, opts.destPath);
    return { path: opts.destPath, bytes: size, contentType };
  } catch (err) {
    await fsp.rm(temp, { force: true });
    throw err;
  }
}
