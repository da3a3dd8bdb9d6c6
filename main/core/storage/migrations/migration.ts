import type { SqliteDatabase } from '../sqlite-database';

/**
 * One schema step. `up` runs inside a transaction opened by the runner together with the
 * `PRAGMA user_version` bump, so a step is applied completely or not at all. A migration is
 * frozen once released: change the schema by adding the next number, never by editing one.
 */
export interface Migration {
  version: number;
  name: string;
  up(db: SqliteDatabase): void;
}
