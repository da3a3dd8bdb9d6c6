import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { UploadStore } from '../handlers/ports';
import { AppError } from '../core/shared/app-error';

export interface ServerUploadStore extends UploadStore {
  /** A fresh id and the folder its bytes go to (created). */
  reserve(): Promise<{ uploadId: string; dir: string }>;
  register(uploadId: string, entry: { path: string; name: string }): void;
  /** Removes this run's uploads folder. */
  close(): Promise<void>;
}

/** Uploads from runs that ended without cleaning up (a crash) are removed after a day. */
const STALE_MS = 24 * 60 * 60 * 1000;

/**
 * Dropped files in browser mode: each upload is streamed to <dataDir>/uploads/<run>/<id>/<name>
 * (the name kept, because the library records it as the original name) and is known by a
 * random id. The import handler turns the id into that path; nothing else is reachable.
 */
export async function createUploadStore(dataDir: string): Promise<ServerUploadStore> {
  const root = path.join(dataDir, 'uploads');
  await fs.mkdir(root, { recursive: true });
  await pruneStale(root);
  const runDir = await fs.mkdtemp(path.join(root, 'run-'));
  const entries = new Map<string, { path: string; name: string; dir: string }>();

  return {
    async reserve() {
      const uploadId = randomBytes(16).toString('hex');
      const dir = path.join(runDir, uploadId);
      await fs.mkdir(dir);
      return { uploadId, dir };
    },
    register(uploadId, entry) {
      entries.set(uploadId, { ...entry, dir: path.dirname(entry.path) });
    },
    resolve(uploadId) {
      const entry = entries.get(uploadId);
      if (!entry) throw new AppError('NOT_FOUND', `upload ${uploadId} is unknown or was already imported; upload the file again`, { uploadId });
      return { path: entry.path, name: entry.name };
    },
    async release(uploadId) {
      const entry = entries.get(uploadId);
      entries.delete(uploadId);
      if (entry) await fs.rm(entry.dir, { recursive: true, force: true });
    },
    async close() {
      entries.clear();
      await fs.rm(runDir, { recursive: true, force: true });
    },
  };
}

async function pruneStale(root: string): Promise<void> {
  const now = Date.now();
  for (const name of await fs.readdir(root).catch(() => [] as string[])) {
    const dir = path.join(root, name);
    const stat = await fs.stat(dir).catch(() => null);
    if (stat && now - stat.mtimeMs > STALE_MS) await fs.rm(dir, { recursive: true, force: true });
  }
}
