import type { Migration } from './migration';

/*
 * Jobs get the person's verdict on their output. Existing rows start as 'pending' (nobody has
 * judged them yet). ADD COLUMN with a constant default keeps every row and its data; the CHECK
 * is tested against the existing rows, which all hold the default.
 */
export const jobReviewMigration: Migration = {
  version: 2,
  name: 'job-review',
  up(db) {
    db.exec("ALTER TABLE jobs ADD COLUMN review TEXT NOT NULL DEFAULT 'pending' CHECK (review IN ('pending', 'approved', 'rejected'))");
  },
};
