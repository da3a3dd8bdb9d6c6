import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../main/core/shared/app-error';
import { MIGRATIONS } from '../../../main/core/storage/migrations';
import type { Migration } from '../../../main/core/storage/migrations';
import { openDatabase } from '../../../main/core/storage/open-database';
import { tempDir } from './temp-store';

const TABLES = ['assets', 'cost_ledger', 'exports', 'generation_cache', 'jobs', 'project_assets', 'projects', 'settings'];

function tableNames(db: Database.Database): string[] {
  return db
    .prepare<[], string>("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all();
}

function caught(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected an AppError');
}

describe('openDatabase', () => {
  it('creates the parent folder, every table, and records the schema version', () => {
    const dbPath = path.join(tempDir(), 'nested', 'deeper', 'adloom.db');
    const db = openDatabase({ dbPath });
    try {
      expect(fs.existsSync(dbPath)).toBe(true);
      expect(tableNames(db)).toEqual(TABLES);
      expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
      const indexes = db.prepare<[], string>("SELECT name FROM sqlite_schema WHERE type = 'index' AND name NOT LIKE 'sqlite_%'").pluck().all();
      expect(indexes).toEqual(expect.arrayContaining(['jobs_state', 'jobs_project', 'projects_updated_at', 'project_assets_asset', 'exports_project']));
    } finally {
      db.close();
    }
  });

  it('really turns on WAL, foreign keys, the busy timeout and synchronous=NORMAL', () => {
    const dbPath = path.join(tempDir(), 'adloom.db');
    const db = openDatabase({ dbPath });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
      expect(db.pragma('synchronous', { simple: true })).toBe(1);
      expect(fs.existsSync(`${dbPath}-wal`)).toBe(true);
    } finally {
      db.close();
    }
    // WAL is stored in the file itself: a plain connection sees it too.
    const plain = new Database(dbPath, { readonly: true });
    expect(plain.pragma('journal_mode', { simple: true })).toBe('wal');
    plain.close();
  });

  it('re-opening is idempotent and keeps the data', () => {
    const dbPath = path.join(tempDir(), 'adloom.db');
    const first = openDatabase({ dbPath });
    first.prepare("INSERT INTO settings (key, value_json, updated_at) VALUES ('k', '1', 'now')").run();
    const schemaBefore = first.prepare<[], string>('SELECT sql FROM sqlite_schema ORDER BY name').pluck().all();
    first.close();
    for (let i = 0; i < 2; i++) {
      const again = openDatabase({ dbPath });
      expect(again.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
      expect(again.prepare<[], string>('SELECT sql FROM sqlite_schema ORDER BY name').pluck().all()).toEqual(schemaBefore);
      expect(again.prepare<[], string>("SELECT value_json FROM settings WHERE key = 'k'").pluck().get()).toBe('1');
      again.close();
    }
  });

  it('refuses a database from a newer Adloom and leaves it byte-for-byte untouched', () => {
    const dbPath = path.join(tempDir(), 'adloom.db');
    const future = new Database(dbPath);
    future.exec('CREATE TABLE from_the_future (x INTEGER); INSERT INTO from_the_future VALUES (42);');
    future.pragma('user_version = 99');
    future.close();
    const bytesBefore = fs.readFileSync(dbPath);

    const err = caught(() => openDatabase({ dbPath }));
    expect(err.code).toBe('UNSUPPORTED_VERSION');
    expect(err.message).toContain(dbPath);
    expect(err.message).toContain('schema version 99');
    expect(err.message).toContain(`up to version ${MIGRATIONS.length}`);

    expect(fs.readFileSync(dbPath).equals(bytesBefore)).toBe(true);
    expect(fs.existsSync(`${dbPath}-wal`)).toBe(false);
    const check = new Database(dbPath, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(99);
    expect(check.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(tableNames(check)).toEqual(['from_the_future']);
    check.close();
  });

  it('reports a file that is not a database as IO_ERROR naming it, and leaves it alone', () => {
    const dbPath = path.join(tempDir(), 'adloom.db');
    const junk = Buffer.from('this is not a sqlite database, just some text that is long enough to have a header'.repeat(20));
    fs.writeFileSync(dbPath, junk);
    const err = caught(() => openDatabase({ dbPath }));
    expect(err.code).toBe('IO_ERROR');
    expect(err.message).toContain(dbPath);
    expect(fs.readFileSync(dbPath).equals(junk)).toBe(true);
  });

  it('a migration that throws midway is rolled back completely, version included', () => {
    const dbPath = path.join(tempDir(), 'adloom.db');
    openDatabase({ dbPath }).close();
    const broken: Migration = {
      version: MIGRATIONS.length + 1,
      name: 'broken',
      up(db) {
        db.exec('CREATE TABLE half_done (x INTEGER)');
        db.exec("INSERT INTO settings (key, value_json, updated_at) VALUES ('touched', 'true', 'now')");
        throw new Error('boom');
      },
    };
    const err = caught(() => openDatabase({ dbPath, migrations: [...MIGRATIONS, broken] }));
    expect(err.code).toBe('INTERNAL');
    expect(err.message).toBe(
      `migration ${broken.version} "broken" failed on ${dbPath}: boom (the database was left at the previous version)`,
    );
    const db = openDatabase({ dbPath });
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(tableNames(db)).toEqual(TABLES);
    expect(db.prepare('SELECT count(*) AS n FROM settings').get()).toEqual({ n: 0 });
    db.close();
  });

  it('applies a later migration on top of an existing database', () => {
    const dbPath = path.join(tempDir(), 'adloom.db');
    openDatabase({ dbPath }).close();
    const next: Migration = { version: MIGRATIONS.length + 1, name: 'add-notes', up: (db) => db.exec('CREATE TABLE notes (text TEXT)') };
    const db = openDatabase({ dbPath, migrations: [...MIGRATIONS, next] });
    expect(db.pragma('user_version', { simple: true })).toBe(next.version);
    expect(tableNames(db)).toContain('notes');
    db.close();
    // The code without that migration now refuses the file instead of using it.
    expect(caught(() => openDatabase({ dbPath })).code).toBe('UNSUPPORTED_VERSION');
  });
});
