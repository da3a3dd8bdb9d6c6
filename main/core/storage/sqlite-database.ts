import type BetterSqlite3 from 'better-sqlite3';

/** The connection type every repository takes (better-sqlite3's synchronous API). */
export type SqliteDatabase = BetterSqlite3.Database;

/**
 * True when `err` is a SQLite error with the given extended code, e.g.
 * 'SQLITE_CONSTRAINT_FOREIGNKEY'. Checked by shape so it also works for errors thrown by a
 * different copy of the native addon (the Electron build passed as nativeBinding).
 */
export function isSqliteError(err: unknown, code: string): boolean {
  return err instanceof Error && err.name === 'SqliteError' && (err as Error & { code?: unknown }).code === code;
}
