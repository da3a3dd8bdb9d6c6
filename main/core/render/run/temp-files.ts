import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Exports are written to a hidden temp file beside the target and renamed into place, so a
 * half-written file never carries the target's name. The name says what it is: a person who
 * finds one knows it is Adloom's leftover, and cleanStaleTempFiles can recognise it.
 */
const MARKER = '.adloom-tmp-';
const TEMP_NAME = /^\..+\.adloom-tmp-[0-9a-f]{8,}(?:\.[A-Za-z0-9]+)?$/;

/** Temp files of exports running in this process; cleanup must never delete those. */
const active = new Set<string>();

export function tempPathFor(target: string): string {
  const ext = path.extname(target) || '.mp4';
  const random = crypto.randomBytes(6).toString('hex');
  return path.join(path.dirname(target), `.${path.basename(target)}${MARKER}${random}${ext}`);
}

export function isAdloomTempName(name: string): boolean {
  return TEMP_NAME.test(name);
}

export function markTempActive(file: string): () => void {
  const key = path.resolve(file);
  active.add(key);
  return () => {
    active.delete(key);
  };
}

export interface CleanOptions {
  /**
   * Only files untouched for this long are removed: another Adloom process (the CLI next to
   * the app) may be writing one right now, and an encoder touches its output continuously.
   */
  minAgeMs?: number;
  now?: number;
}

/** Removes leftover export temp files in dir (after a crash or a kill -9). Returns the paths removed. */
export async function cleanStaleTempFiles(dir: string, { minAgeMs = 60_000, now = Date.now() }: CleanOptions = {}): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const removed: string[] = [];
  for (const name of names.filter(isAdloomTempName)) {
    const file = path.join(dir, name);
    if (active.has(path.resolve(file))) continue;
    try {
      const st = await fs.lstat(file);
      if (!st.isFile() || now - st.mtimeMs < minAgeMs) continue;
      await fs.unlink(file);
      removed.push(file);
    } catch (err) {
      // Gone in between (another cleanup): nothing left to do.
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  }
  return removed;
}
