import type { Migration } from './migration';
import { initialMigration } from './001-initial';

/** Every migration, in order. Versions are 1..n without gaps (checked at open). */
export const MIGRATIONS: readonly Migration[] = [initialMigration];

export type { Migration } from './migration';
