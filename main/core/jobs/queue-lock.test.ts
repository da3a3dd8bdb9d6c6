import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireQueueLock, QUEUE_LOCK_FILE } from './queue-lock';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
const tempDir = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adloom-lock-'));
  dirs.push(dir);
  return dir;
};

describe('acquireQueueLock', () => {
  it('refuses a second owner while the first is alive, and frees on release', () => {
    const dir = tempDir();
    const lock = acquireQueueLock(dir);
    // process.ppid is a live process that is not us.
    expect(() => acquireQueueLock(dir, process.ppid)).toThrow(/Another Adloom process \(pid \d+\) is running generation jobs/);
    lock.release();
    expect(fs.existsSync(path.join(dir, QUEUE_LOCK_FILE))).toBe(false);
    acquireQueueLock(dir, process.ppid).release();
  });

  it('takes over a lock left by a process that is gone', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, QUEUE_LOCK_FILE), JSON.stringify({ pid: 2 ** 22 + 12345 }));
    const lock = acquireQueueLock(dir);
    expect(JSON.parse(fs.readFileSync(lock.file, 'utf8')).pid).toBe(process.pid);
    lock.release();
  });
});
