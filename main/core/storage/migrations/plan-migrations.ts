import { AppError } from '../../shared/app-error';
import type { Migration } from './migration';

/** The newest schema version this code knows (0 when there are no migrations). */
export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.at(-1)?.version ?? 0;
}

/**
 * Versions must be 1..n in order: a gap or a duplicate would make user_version ambiguous, so a
 * mistake in the list fails at open instead of corrupting a user's database.
 */
export function assertMigrationOrder(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new AppError(
        'INTERNAL',
        `migration "${migration.name}" is at position ${index + 1} but has version ${migration.version}; versions must be 1..n in order`,
        { name: migration.name, version: migration.version, position: index + 1 },
      );
    }
  });
}

/**
 * What to do with a database at `currentVersion`. A database newer than the code (written by a
 * later Adloom) is refused: migrating down is impossible and writing to it could corrupt data
 * the newer version relies on.
 */
export function planMigrations(input: {
  currentVersion: number;
  migrations: readonly Migration[];
  dbPath: string;
}): Migration[] {
  const { currentVersion, migrations, dbPath } = input;
  const latest = latestVersion(migrations);
  if (currentVersion > latest) {
    throw new AppError(
      'UNSUPPORTED_VERSION',
      `database ${dbPath} has schema version ${currentVersion}, but this Adloom only knows up to version ${latest}; ` +
        'it was written by a newer Adloom: update Adloom to open it (the file was left unchanged)',
      { dbPath, databaseVersion: currentVersion, supportedVersion: latest },
    );
  }
  return migrations.filter((migration) => migration.version > currentVersion);
}
