import type { Migration } from '../migration-types';

/**
 * The real migration chain, oldest first. Format version 1 is the first one Adloom wrote, so
 * the chain is empty. To introduce version 2:
 *   1. change the schema in preload/contract/project and set CURRENT_SCHEMA_VERSION = 2;
 *   2. add `steps/v1-to-v2.ts` exporting `{ from: 1, to: 2, migrate }` and its colocated test
 *      (a real v1 file in, the expected v2 data out);
 *   3. append it to this list.
 * migrations.ts checks on every load that the list is contiguous and ends at the current
 * version, so a forgotten step fails loudly, in tests first.
 */
export const MIGRATIONS: readonly Migration[] = [];
