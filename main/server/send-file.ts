import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { planRange, rangeHeaders } from '../core/http/range';
import { contentTypeFor } from '../core/http/content-types';
import { sendText } from './security-headers';

/**
 * Streams a file with Range support (what <video> seeking needs): 206 with Content-Range for
 * one range, 416 for a range past the end, 200 otherwise; HEAD gets the headers only.
 */
export async function sendFile(req: IncomingMessage, res: ServerResponse, opts: { file: string; cacheControl: string; etag?: string; headers?: Record<string, string> }): Promise<void> {
  const stat = await fs.promises.stat(opts.file).catch(() => null);
  if (stat === null || !stat.isFile()) return sendText(res, 404, 'not found');
  const size = stat.size;
  // One range planner for browser mode and the desktop media:// protocol, so both seek alike.
  const plan = planRange({ header: req.headers.range, size });
  const headers: Record<string, string> = {
    'Content-Type': contentTypeFor(opts.file),
    'Cache-Control': opts.cacheControl,
    ...(opts.etag !== undefined && { ETag: opts.etag }),
    ...opts.headers,
    ...rangeHeaders({ plan, size }),
  };
  if (plan.status === 416) {
    res.writeHead(416, headers);
    res.end();
    return;
  }
  const { start, end } = plan;
  res.writeHead(plan.status, headers);
  if (req.method === 'HEAD' || size === 0) {
    res.end();
    return;
  }
  // A player that seeks closes the old request mid-stream; that is not an error worth logging.
  await pipeline(fs.createReadStream(opts.file, { start, end }), res).catch(() => res.destroy());
}
