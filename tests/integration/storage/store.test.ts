import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../../../main/core/shared/app-error';
import { openStore } from '../../../main/core/storage/store';
import { sampleAsset, tempDir, tempStore } from './temp-store';

describe('openStore', () => {
  it('opens adloom.db inside the data dir and keeps data across close and re-open', () => {
    const dataDir = path.join(tempDir(), 'Adloom');
    const first = openStore({ dataDir });
    expect(first.dbPath).toBe(path.join(dataDir, 'adloom.db'));
    expect(fs.existsSync(first.dbPath)).toBe(true);
    const p = first.projects.create({ name: 'Kept', document: { a: 1 }, schemaVersion: 1 });
    first.close();
    first.close();
    expect(first.db.open).toBe(false);

    const again = openStore({ dataDir });
    try {
      expect(again.projects.get(p.id)).toEqual(p);
    } finally {
      again.close();
    }
  });

  it('transaction: a throw midway leaves nothing written across tables', () => {
    const store = tempStore();
    const boom = new AppError('BUDGET_EXCEEDED', 'over budget');
    expect(() =>
      store.transaction(() => {
        const p = store.projects.create({ name: 'P', document: {}, schemaVersion: 1 });
        const asset = store.assets.upsert(sampleAsset('a'));
        store.assets.linkToProject({ projectId: p.id, assetId: asset.id });
        const job = store.jobs.insert({ projectId: p.id, kind: 'k', provider: 'replicate', input: {} });
        store.ledger.recordEstimate({ projectId: p.id, jobId: job.id, provider: 'replicate', amountUsd: 1 });
        store.settings.set('x', z.number(), 1);
        throw boom;
      }),
    ).toThrow(boom);
    for (const table of ['projects', 'assets', 'project_assets', 'jobs', 'cost_ledger', 'settings']) {
      expect(store.db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }
  });

  it('transaction: returns the result when fn succeeds; a nested failure rolls back only the inner part', () => {
    const store = tempStore();
    const id = store.transaction(() => {
      const p = store.projects.create({ name: 'Outer', document: {}, schemaVersion: 1 });
      expect(() =>
        store.transaction(() => {
          store.projects.rename(p.id, 'Inner');
          throw new Error('inner failed');
        }),
      ).toThrow('inner failed');
      return p.id;
    });
    expect(store.projects.get(id).name).toBe('Outer');
  });

  it('transaction: refuses an async function and rolls back what it wrote before its first await', () => {
    const store = tempStore();
    expect(() =>
      store.transaction(async () => {
        store.projects.create({ name: 'Async', document: {}, schemaVersion: 1 });
      }),
    ).toThrow(expect.objectContaining({ code: 'INTERNAL' }));
    expect(store.projects.list()).toEqual([]);
  });
});
