import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { FileName } from '../../preload/contract/file-path';
import type { UploadReceiptDto } from '../../preload/contract/dto/media-dto';
import { sendJson, sendText } from './security-headers';
import type { ServerUploadStore } from './upload-store';

/** 2 GiB: larger than any product photo or clip a person drops on an ad editor. */
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024 * 1024;

class TooLarge extends Error {}

/** Counts bytes as they stream and stops the stream at the limit, so nothing is buffered. */
function byteLimit(limit: number, counter: { bytes: number }): Transform {
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      counter.bytes += chunk.length;
      if (counter.bytes > limit) done(new TooLarge());
      else done(null, chunk);
    },
  });
}

/**
 * POST /upload?name=<file name>: the raw bytes of one dropped file (a browser never gives the
 * path). Refused with 413 above the limit, from Content-Length up front or while streaming.
 */
export async function handleUpload(req: IncomingMessage, res: ServerResponse, opts: { url: URL; uploads: ServerUploadStore; limitBytes: number }): Promise<void> {
  const name = FileName.safeParse(opts.url.searchParams.get('name') ?? '');
  if (!name.success) return sendText(res, 400, `name: ${name.error.issues[0]?.message ?? 'invalid'}`);
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > opts.limitBytes) {
    res.setHeader('Connection', 'close');
    return sendText(res, 413, `the file is larger than the upload limit of ${opts.limitBytes} bytes`);
  }
  const { uploadId, dir } = await opts.uploads.reserve();
  const file = path.join(dir, name.data);
  const counter = { bytes: 0 };
  try {
    await pipeline(req, byteLimit(opts.limitBytes, counter), createWriteStream(file, { flags: 'wx' }));
  } catch (err) {
    await fs.rm(dir, { recursive: true, force: true });
    if (err instanceof TooLarge) {
      res.setHeader('Connection', 'close');
      sendText(res, 413, `the file is larger than the upload limit of ${opts.limitBytes} bytes`);
      req.destroy();
      return;
    }
    // The client went away mid-upload: nothing to answer, nothing left behind.
    res.destroy();
    return;
  }
  opts.uploads.register(uploadId, { path: file, name: name.data });
  const receipt: UploadReceiptDto = { uploadId, name: name.data, byteSize: counter.bytes };
  sendJson(res, 201, receipt);
}
