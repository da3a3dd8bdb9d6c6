import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../shared/app-error';

/**
 * One process drives the job queue of a data directory at a time: two would both submit the
 * same queued job and pay twice. The lock is a file holding the owner's pid, created with 'wx'
 * (atomic); a lock whose pid is gone (the app crashed or was killed) is taken over.
 */
export interface QueueLock {
  readonly file: string;
  release(): void;
}

export const QUEUE_LOCK_FILE = 'jobs.lock';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function ownerOf(file: string): number | null {
  try {
    const pid = Number((JSON.parse(fs.readFileSync(file, 'utf8')) as { pid?: unknown }).pid);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

export function acquireQueueLock(dataDir: string, pid: number = process.pid): QueueLock {
  const file = path.join(dataDir, QUEUE_LOCK_FILE);
  fs.mkdirSync(dataDir, { recursive: true });
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      fs.writeFileSync(file, JSON.stringify({ pid, since: new Date().toISOString() }), { flag: 'wx' });
      return {
        file,
        release: () => {
          if (ownerOf(file) === pid) fs.rmSync(file, { force: true });
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = ownerOf(file);
      if (owner !== null && owner !== pid && alive(owner)) {
        throw new AppError('CONFLICT', `Another Adloom process (pid ${owner}) is running generation jobs for ${dataDir}; let it finish or stop it, then try again.`, { pid: owner, file });
      }
      // Stale (owner gone), unreadable, or our own pid reused: take it over.
      fs.rmSync(file, { force: true });
    }
  }
  throw new AppError('CONFLICT', `Could not take the job-queue lock ${file}; another process keeps taking it.`, { file });
}
