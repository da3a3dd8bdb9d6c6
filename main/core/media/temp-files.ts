import fs from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';

/** Temp files start with this so a sweep can tell them from library files. */
export const TEMP_PREFIX = '.tmp-';

/**
 * A temp path in the same folder as the final file (rename is only atomic within one file
 * system). The suffix keeps the real extension last because ffmpeg picks muxers and, for
 * headerless formats, demuxers from it.
 */
export function tempPathIn(dir: string, suffix: string): string {
  return path.join(dir, `${TEMP_PREFIX}${randomUUID()}${suffix}`);
}

/** Flushes a finished file to disk, then moves it into place. */
export async function syncAndRename(tempPath: string, finalPath: string): Promise<void> {
  const fh = await fs.open(tempPath, 'r+');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
  await fs.rename(tempPath, finalPath);
}

/** Writes a whole file atomically: temp in the same folder, fsync, rename. */
export async function writeFileAtomic(finalPath: string, data: string | Uint8Array): Promise<void> {
  const temp = tempPathIn(path.dirname(finalPath), path.extname(finalPath));
  try {
    await fs.writeFile(temp, data);
    await syncAndRename(temp, finalPath);
  } catch (err) {
    await removeQuietly(temp);
    throw err;
  }
}

/** Deletes a file that may not exist; cleanup must not hide the error that caused it. */
export async function removeQuietly(file: string): Promise<void> {
  await fs.rm(file, { force: true }).catch(() => undefined);
}

/**
 * Removes temp files a crashed process left behind. Only old ones: a younger temp file may
 * belong to an import running in another process right now.
 */
export async function removeStaleTemps(dir: string, maxAgeMs: number, now = Date.now()): Promise<void> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(TEMP_PREFIX)) continue;
    const file = path.join(dir, name);
    const st = await fs.stat(file).catch(() => null);
    if (st?.isFile() && now - st.mtimeMs > maxAgeMs) await removeQuietly(file);
  }
}
