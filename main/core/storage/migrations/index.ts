import type { Migration } from './migration';
import { initialMigration } from './001-initial';
import { jobReviewMigration } from './002-job-review';

/** Every migration, in order. Versions are 1..n without gaps (checked at open). */
export const MIGRATIONS: readonly Migration[] = [initialMigration, jobReviewMigration];

export type { Migration } from './migration';
