import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import { AppError } from '../shared/app-error';

export interface CopyAndHashOptions {
  source: string;
  /** Created (or truncated) and fsynced; the caller renames or deletes it. */
  dest: string;
  signal?: AbortSignal;
}

/**
 * Copies a file while hashing it, so the library reads each imported byte once and the hash
 * names exactly the bytes that were copied (the source may change after we read it).
 */
export async function copyAndHash({ source, dest, signal }: CopyAndHashOptions): Promise<{ sha256: string; byteSize: number }> {
  const hash = createHash('sha256');
  let byteSize = 0;
  const out = await fs.open(dest, 'w');
  try {
    for await (const chunk of createReadStream(source, { highWaterMark: 1024 * 1024, signal })) {
      const buf = chunk as Buffer;
      hash.update(buf);
      byteSize += buf.length;
      await out.write(buf);
    }
    await out.sync();
  } catch (err) {
    if (signal?.aborted) throw new AppError('CANCELLED', 'Import was cancelled while copying.', undefined, { cause: err });
    throw err;
  } finally {
    await out.close();
  }
  return { sha256: hash.digest('hex'), byteSize };
}
