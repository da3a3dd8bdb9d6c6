import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { AssetRecord } from '../../../main/core/media/asset';
import type { Clock } from '../../../main/core/storage/clock';
import { openStore } from '../../../main/core/storage/store';
import type { Store } from '../../../main/core/storage/store';

/** Temp data dirs and stores opened by a test file, removed after each test. */
const dirs: string[] = [];
const stores: Store[] = [];

afterEach(() => {
  for (const store of stores.splice(0)) store.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adloom-storage-'));
  dirs.push(dir);
  return dir;
}

/** A clock that advances one second per reading, so orderings by time are exact. */
export function steppingClock(start = '2025-03-01T10:00:00.000Z'): Clock {
  let ms = Date.parse(start);
  return () => {
    const now = new Date(ms);
    ms += 1000;
    return now;
  };
}

export function tempStore(options: { dataDir?: string; clock?: Clock } = {}): Store {
  const store = openStore({ dataDir: options.dataDir ?? tempDir(), clock: options.clock ?? steppingClock() });
  stores.push(store);
  return store;
}

/** A complete asset record; `seed` picks a distinct fake sha256. */
export function sampleAsset(seed: string, overrides: Partial<AssetRecord> = {}): AssetRecord {
  return {
    id: seed.repeat(64).slice(0, 64),
    kind: 'video',
    ext: 'mp4',
    originalName: `clip-${seed}.mp4`,
    byteSize: 123_456,
    width: 1080,
    height: 1920,
    durationMs: 2500,
    fps: 29.97,
    hasAudio: true,
    hasAlpha: false,
    rotation: 90,
    codec: 'h264',
    probe: { format: { duration: '2.500000' }, streams: [{ codec_type: 'video', width: 1920, height: 1080 }] },
    thumbnail: null,
    provenance: null,
    createdAt: '2025-02-01T00:00:00.000Z',
    ...overrides,
  };
}
