import type { AssetRepository } from '../media/asset';
import { dataDirLayout } from '../paths/data-dir';
import { AppError } from '../shared/app-error';
import { createAssetRepository } from './asset-repository';
import type { Clock } from './clock';
import { systemClock } from './clock';
import { createCostLedgerRepository } from './cost-ledger-repository';
import type { CostLedgerRepository } from './cost-ledger-repository';
import { createExportRepository } from './export-repository';
import type { ExportRepository } from './export-repository';
import { createGenerationCacheRepository } from './generation-cache-repository';
import type { GenerationCacheRepository } from './generation-cache-repository';
import { createJobRepository } from './job-repository';
import type { JobRepository } from './job-repository';
import { openDatabase } from './open-database';
import { createProjectRepository } from './project-repository';
import type { ProjectRepository } from './project-repository';
import { createSettingsRepository } from './settings-repository';
import type { SettingsRepository } from './settings-repository';
import type { SqliteDatabase } from './sqlite-database';

export interface Store {
  db: SqliteDatabase;
  /** Where the database file is (dataDirLayout(dataDir).dbPath). */
  dbPath: string;
  projects: ProjectRepository;
  assets: AssetRepository;
  jobs: JobRepository;
  ledger: CostLedgerRepository;
  settings: SettingsRepository;
  exports: ExportRepository;
  generationCache: GenerationCacheRepository;
  /**
   * Runs `fn` in one transaction: every write in it lands, or none does if it throws. Nested
   * calls become savepoints. `fn` must be synchronous: better-sqlite3 would commit at the first
   * await, so a returned promise is refused (and the transaction rolled back).
   */
  transaction<T>(fn: () => T): T;
  close(): void;
}

export interface OpenStoreOptions {
  dataDir: string;
  /** See OpenDatabaseOptions.nativeBinding: the Electron shell passes its own build. */
  nativeBinding?: string;
  /** For tests: a fixed or stepping clock gives exact timestamps and ordering. */
  clock?: Clock;
}

export function openStore(options: OpenStoreOptions): Store {
  const { dataDir, nativeBinding, clock = systemClock } = options;
  const { dbPath } = dataDirLayout(dataDir);
  const db = openDatabase(nativeBinding === undefined ? { dbPath } : { dbPath, nativeBinding });
  return {
    db,
    dbPath,
    projects: createProjectRepository(db, clock),
    assets: createAssetRepository(db, clock),
    jobs: createJobRepository(db, clock),
    ledger: createCostLedgerRepository(db, clock),
    settings: createSettingsRepository(db, clock),
    exports: createExportRepository(db, clock),
    generationCache: createGenerationCacheRepository(db, clock),
    transaction<T>(fn: () => T): T {
      return db.transaction(() => {
        const result = fn();
        if (result instanceof Promise) {
          throw new AppError('INTERNAL', 'store.transaction() was given an async function; its writes were rolled back (use a synchronous function)');
        }
        return result;
      })();
    },
    close() {
      if (!db.open) return;
      // Lets SQLite refresh its query-planner statistics, as its docs advise before closing.
      db.pragma('optimize');
      db.close();
    },
  };
}
