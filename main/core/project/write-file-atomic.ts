import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../shared/app-error';

/**
 * Makes the rename itself durable. Some systems (Windows) cannot open a folder for syncing;
 * the file's own data is already synced by then, so that case is not an error.
 */
async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EACCES') throw err;
  } finally {
    await handle?.close();
  }
}

/**
 * Replaces `target` with `data` so that a reader (or a crash) sees either the old file or the
 * new one, never a half-written one: temp file in the same folder (rename is only atomic within a
 * file system), fsync, rename, fsync the folder.
 */
export async function writeFileAtomic(target: string, data: string): Promise<void> {
  const folder = path.dirname(target);
  const temp = path.join(folder, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
    await syncFolder(folder);
  } catch (err) {
    await rm(temp, { force: true });
    const reason = err instanceof Error ? err.message : String(err);
    throw new AppError('IO_ERROR', `Could not write ${target}: ${reason}`, { path: target }, { cause: err });
  }
}
