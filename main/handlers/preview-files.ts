import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/** Proxy previews live in the cache: disposable, never in the library or the export history. */
export function previewsDir(dataDir: string): string {
  return path.join(dataDir, 'cache', 'previews');
}

const PREVIEW_ID = /^[0-9a-f]{32}$/;

export function newPreviewId(): string {
  return randomBytes(16).toString('hex');
}

/**
 * The file of a preview id, or null when the id is not one (both media routes call this with
 * what a page sent: only the fixed folder and a hex name can come out).
 */
export function previewFilePath(dataDir: string, previewId: string): string | null {
  return PREVIEW_ID.test(previewId) ? path.join(previewsDir(dataDir), `${previewId}.mp4`) : null;
}

/** Previews kept on disk; older ones are removed when a new one starts. */
export const KEEP_PREVIEWS = 6;

// Finished previews and the full-length renders a range is cut from; never an export's hidden temp file.
const PREVIEW_FILE = /^[0-9a-f]{32}(?:-full)?\.mp4$/;

/** Removes all but the newest `keep` preview files (by modification time). */
export async function prunePreviews(dataDir: string, keep: number = KEEP_PREVIEWS): Promise<void> {
  const dir = previewsDir(dataDir);
  const names = await fs.readdir(dir).catch((err: NodeJS.ErrnoException) => (err.code === 'ENOENT' ? [] : Promise.reject(err)));
  const files = await Promise.all(
    names
      .filter((n) => PREVIEW_FILE.test(n))
      .map(async (name) => ({ file: path.join(dir, name), mtimeMs: (await fs.stat(path.join(dir, name)).catch(() => null))?.mtimeMs ?? 0 })),
  );
  files.sort((a, b) => b.mtimeMs - a.mtimeMs);
  await Promise.all(files.slice(keep).map((f) => fs.rm(f.file, { force: true })));
}
