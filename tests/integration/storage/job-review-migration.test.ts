import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dataDirLayout } from '../../../main/core/paths/data-dir';
import { MIGRATIONS } from '../../../main/core/storage/migrations';
import { openDatabase } from '../../../main/core/storage/open-database';
import { openStore } from '../../../main/core/storage/store';
import { tempDir } from './temp-store';

const JOB = {
  id: 'job-old', project_id: 'p1', kind: 'image-to-video', provider: 'runway', model: 'gen4_turbo', state: 'succeeded', remote_id: 'task-9',
  input_json: JSON.stringify({ sourceAssetId: 'a'.repeat(64), label: 'runway-scene-1' }), output_asset_id: null, error_code: null, error_message: null,
  attempts: 1, progress: 1, cost_estimate_usd: 0.25, cost_actual_usd: 0.25, cache_key: 'ck', created_at: '2025-01-01T00:00:00.000Z',
  updated_at: '2025-01-01T00:01:00.000Z', started_at: '2025-01-01T00:00:01.000Z', finished_at: '2025-01-01T00:01:00.000Z',
};

/** A database as the first released schema left it, with a project and a finished job. */
function versionOneDatabase(dataDir: string): string {
  const { dbPath } = dataDirLayout(dataDir);
  const db = openDatabase({ dbPath, migrations: MIGRATIONS.slice(0, 1) });
  db.prepare("INSERT INTO projects (id, name, document, schema_version, created_at, updated_at) VALUES ('p1', 'Mug', '{}', 1, 't', 't')").run();
  const columns = Object.keys(JOB);
  db.prepare(`INSERT INTO jobs (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(JOB);
  expect(db.pragma('user_version', { simple: true })).toBe(1);
  db.close();
  return dbPath;
}

describe('migration 2: jobs.review', () => {
  it('upgrades a version 1 database: every job keeps its data and starts as pending', () => {
    const dataDir = tempDir();
    const dbPath = versionOneDatabase(dataDir);
    const db = openDatabase({ dbPath });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(2);
      expect(db.prepare('SELECT * FROM jobs').all()).toEqual([{ ...JOB, review: 'pending' }]);
      const column = db.prepare("SELECT * FROM pragma_table_info('jobs') WHERE name = 'review'").get() as { notnull: number; dflt_value: string };
      expect([column.notnull, column.dflt_value]).toEqual([1, "'pending'"]);
      // The CHECK holds for rows written by hand, too.
      expect(() => db.prepare("UPDATE jobs SET review = 'maybe'").run()).toThrow(/CHECK constraint failed/);
    } finally {
      db.close();
    }
  });

  it('the upgraded job reads back through the store, with its verdict settable', () => {
    const dataDir = tempDir();
    versionOneDatabase(dataDir);
    const store = openStore({ dataDir });
    try {
      expect(store.jobs.get('job-old')).toMatchObject({ id: 'job-old', state: 'succeeded', remoteId: 'task-9', costActualUsd: 0.25, review: 'pending', input: JSON.parse(JOB.input_json) });
      expect(store.jobs.setReview('job-old', 'approved').review).toBe('approved');
    } finally {
      store.close();
    }
    const plain = new Database(dataDirLayout(dataDir).dbPath, { readonly: true });
    expect(plain.prepare("SELECT review FROM jobs WHERE id = 'job-old'").pluck().get()).toBe('approved');
    plain.close();
  });
});
