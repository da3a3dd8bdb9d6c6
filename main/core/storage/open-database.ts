import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../shared/app-error';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations';
import { planMigrations } from './migrations/plan-migrations';
import { readUserVersion, runMigrations } from './migrations/run-migrations';
import type { SqliteDatabase } from './sqlite-database';

export interface OpenDatabaseOptions {
  /** File path of the database, or ':memory:'. The parent folder is created if missing. */
  dbPath: string;
  /**
   * Path of a better_sqlite3.node to load instead of the default one. A native addon is built
   * against one ABI: the copy npm installs targets plain Node (CLI, tests, browser mode), while
   * Electron's Node has a different ABI, so the desktop shell passes a build made for Electron.
   * Plain Node callers leave it undefined.
   */
  nativeBinding?: string;
  /** For tests only: the migration list to apply (defaults to every migration). */
  migrations?: readonly Migration[];
}

/**
 * Opens (creating if needed) the SQLite database, configures the connection and migrates it to
 * the current schema. A database written by a newer Adloom is refused before anything is
 * written to it.
 */
export function openDatabase(options: OpenDatabaseOptions): SqliteDatabase {
  const { dbPath, nativeBinding, migrations = MIGRATIONS } = options;
  if (dbPath !== ':memory:') fs.mkdirSync(path.dirname(dbPath), { recursive: true });

  let db: SqliteDatabase;
  try {
    db = new Database(dbPath, nativeBinding === undefined ? {} : { nativeBinding });
  } catch (err) {
    throw new AppError('IO_ERROR', `cannot open database ${dbPath}: ${(err as Error).message}`, { dbPath }, { cause: err });
  }

  try {
    // Wait for another process's write lock instead of failing at once with SQLITE_BUSY.
    db.pragma('busy_timeout = 5000');
    // Version first: journal_mode=WAL is written into the file header, so it must not run on
    // a database we are about to refuse.
    planMigrations({ currentVersion: readVersion(db, dbPath), migrations, dbPath });
    // WAL lets readers (a second window, the CLI) read while a writer writes. It can be refused
    // (e.g. on some network file systems); SQLite then keeps the rollback journal, which is
    // slower under concurrency but still correct, so that is not an error.
    db.pragma('journal_mode = WAL');
    // NORMAL is durable across application crashes in WAL mode; only a power loss can drop the
    // last commits, which is the usual trade for not fsyncing every transaction.
    db.pragma('synchronous = NORMAL');
    // Off by default in SQLite, per connection: without it ON DELETE CASCADE does nothing.
    db.pragma('foreign_keys = ON');
    runMigrations({ db, migrations, dbPath });
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

function readVersion(db: SqliteDatabase, dbPath: string): number {
  try {
    return readUserVersion(db);
  } catch (err) {
    // The first read is where SQLite notices a file that is not a database (SQLITE_NOTADB).
    throw new AppError('IO_ERROR', `cannot read database ${dbPath}: ${(err as Error).message}`, { dbPath }, { cause: err });
  }
}
