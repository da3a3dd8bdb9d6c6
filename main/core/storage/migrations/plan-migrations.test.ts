import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/app-error';
import type { Migration } from './migration';
import { assertMigrationOrder, latestVersion, planMigrations } from './plan-migrations';
import { MIGRATIONS } from './index';

const step = (version: number, name = `step-${version}`): Migration => ({ version, name, up: () => undefined });

function caught(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected an AppError');
}

describe('plan-migrations', () => {
  it('the shipped list is in order', () => {
    expect(() => assertMigrationOrder(MIGRATIONS)).not.toThrow();
    expect(latestVersion(MIGRATIONS)).toBe(MIGRATIONS.length);
  });

  it('latestVersion is 0 for no migrations', () => {
    expect(latestVersion([])).toBe(0);
  });

  it('refuses gaps and duplicates', () => {
    expect(caught(() => assertMigrationOrder([step(1), step(3, 'skip')])).message).toBe(
      'migration "skip" is at position 2 but has version 3; versions must be 1..n in order',
    );
    expect(caught(() => assertMigrationOrder([step(1), step(1, 'again')])).code).toBe('INTERNAL');
  });

  it('returns the steps after the current version', () => {
    const list = [step(1), step(2), step(3)];
    expect(planMigrations({ currentVersion: 0, migrations: list, dbPath: '/x.db' }).map((m) => m.version)).toEqual([1, 2, 3]);
    expect(planMigrations({ currentVersion: 2, migrations: list, dbPath: '/x.db' }).map((m) => m.version)).toEqual([3]);
    expect(planMigrations({ currentVersion: 3, migrations: list, dbPath: '/x.db' })).toEqual([]);
  });

  it('refuses a database newer than the code, naming the path and both versions', () => {
    const err = caught(() => planMigrations({ currentVersion: 7, migrations: [step(1), step(2)], dbPath: '/data/adloom.db' }));
    expect(err.code).toBe('UNSUPPORTED_VERSION');
    expect(err.message).toBe(
      'database /data/adloom.db has schema version 7, but this Adloom only knows up to version 2; ' +
        'it was written by a newer Adloom: update Adloom to open it (the file was left unchanged)',
    );
    expect(err.details).toEqual({ dbPath: '/data/adloom.db', databaseVersion: 7, supportedVersion: 2 });
  });
});
