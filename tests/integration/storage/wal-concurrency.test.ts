import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/core/storage/open-database';
import { tempDir } from './temp-store';

const count = (db: ReturnType<typeof openDatabase>): number =>
  db.prepare<[], number>('SELECT count(*) FROM settings').pluck().get() ?? -1;
const insert = (db: ReturnType<typeof openDatabase>, key: string): void => {
  db.prepare("INSERT INTO settings (key, value_json, updated_at) VALUES (?, 'true', 'now')").run(key);
};

describe('two connections to one database file (WAL)', () => {
  it('a reader reads while a writer holds an open write transaction, and the writer commits under a reader', () => {
    const dbPath = path.join(tempDir(), 'adloom.db');
    const writer = openDatabase({ dbPath });
    const reader = openDatabase({ dbPath });
    // Short waits: in rollback-journal mode the commit below would block on the reader's lock
    // and fail with SQLITE_BUSY; with WAL it never waits.
    writer.pragma('busy_timeout = 200');
    reader.pragma('busy_timeout = 200');
    try {
      insert(writer, 'committed');

      writer.exec('BEGIN IMMEDIATE');
      insert(writer, 'pending');
      expect(count(writer)).toBe(2);
      // The reader sees the last committed state, not the writer's uncommitted row.
      expect(count(reader)).toBe(1);

      // The reader holds a read snapshot while the writer commits.
      reader.exec('BEGIN');
      expect(count(reader)).toBe(1);
      writer.exec('COMMIT');
      expect(count(reader)).toBe(1);
      reader.exec('COMMIT');
      expect(count(reader)).toBe(2);
    } finally {
      if (writer.inTransaction) writer.exec('ROLLBACK');
      if (reader.inTransaction) reader.exec('ROLLBACK');
      writer.close();
      reader.close();
    }
  });
});
