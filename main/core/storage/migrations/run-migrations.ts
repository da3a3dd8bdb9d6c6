import { AppError } from '../../shared/app-error';
import type { SqliteDatabase } from '../sqlite-database';
import type { Migration } from './migration';
import { assertMigrationOrder, planMigrations } from './plan-migrations';

export function readUserVersion(db: SqliteDatabase): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies the pending migrations, each in its own IMMEDIATE transaction together with its
 * user_version bump. IMMEDIATE takes the write lock before re-reading the version, so when the
 * CLI and the app open the same file at once only one of them applies a step and the other
 * sees it done.
 */
export function runMigrations(input: { db: SqliteDatabase; migrations: readonly Migration[]; dbPath: string }): void {
  const { db, migrations, dbPath } = input;
  assertMigrationOrder(migrations);
  const pending = planMigrations({ currentVersion: readUserVersion(db), migrations, dbPath });
  for (const migration of pending) {
    const apply = db.transaction(() => {
      // Re-checked under the write lock: another process may have migrated meanwhile.
      const current = readUserVersion(db);
      planMigrations({ currentVersion: current, migrations, dbPath });
      if (current >= migration.version) return;
      migration.up(db);
      // PRAGMA takes no bound parameters; the version is an integer checked by assertMigrationOrder.
      db.pragma(`user_version = ${migration.version}`);
    });
    try {
      apply.immediate();
    } catch (err) {
      if (err instanceof AppError) throw err;
      throw new AppError(
        'INTERNAL',
        `migration ${migration.version} "${migration.name}" failed on ${dbPath}: ${(err as Error).message} (the database was left at the previous version)`,
        { dbPath, version: migration.version, name: migration.name },
        { cause: err },
      );
    }
  }
}
