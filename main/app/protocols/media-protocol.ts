import fs from 'node:fs';
import { Readable } from 'node:stream';
import { planRange, rangeHeaders } from '../../core/http/range';
import type { ProtocolHandler } from './app-protocol';
import { contentTypeFor } from '../../core/http/content-types';
import { parseMediaUrl } from './media-url';
import type { MediaTarget } from './schemes';

/**
 * Where the file for an id is, or null when the library has no such asset (or no thumbnail, or
 * no filmstrip). A filmstrip may be made on first request, hence the promise; a failure to make
 * it is thrown and answered with 500.
 */
export type LocateMedia = (request: MediaTarget) => string | null | Promise<string | null>;

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

async function sizeOf(filePath: string): Promise<number | null> {
  try {
    const stat = await fs.promises.stat(filePath);
    return stat.isFile() ? stat.size : null;
  } catch {
    return null;
  }
}

/**
 * Serves library files by asset id with Range support, so <video> can seek (Chromium seeks by
 * asking for byte ranges and refuses to seek when the answer is not 206). Plain Node: tested
 * against real files without Electron.
 */
export function createMediaProtocolHandler({ locate }: { locate: LocateMedia }): ProtocolHandler {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, `method ${request.method} is not allowed`);
    const parsed = parseMediaUrl(request.url);
    if (!parsed.ok) return plain(404, parsed.reason);
    const target = parsed;
    let filePath: string | null;
    try {
      filePath = await locate(target);
    } catch (err) {
      return plain(500, err instanceof Error ? err.message : String(err));
    }
    const preview = target.variant === 'preview';
    if (filePath === null) return plain(404, preview ? `no preview ${target.previewId}` : `no ${target.variant === 'file' ? 'asset' : target.variant} with id ${target.assetId} in the library`);
    const size = await sizeOf(filePath);
    if (size === null) return plain(404, preview ? `preview ${target.previewId} is gone (only the latest previews are kept)` : `the library file of ${target.assetId} is missing`);

    const plan = planRange({ header: request.headers.get('range'), size });
    const headers = { 'Content-Type': contentTypeFor(filePath), 'Cache-Control': 'no-cache', ...rangeHeaders({ plan, size }) };
    if (plan.status === 416 || request.method === 'HEAD' || plan.length === 0) return new Response(null, { status: plan.status, headers });
    const stream = fs.createReadStream(filePath, { start: plan.start, end: plan.end });
    // Readable.toWeb: when the page aborts (a seek), cancelling the web stream destroys the file stream.
    return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, { status: plan.status, headers });
  };
}
