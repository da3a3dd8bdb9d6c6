import { AppError } from '../shared/app-error';
import type { Clock } from './clock';
import { systemClock, timestamp } from './clock';
import { isSqliteError } from './sqlite-database';
import type { SqliteDatabase } from './sqlite-database';

/** A paid result, found again by the hash of everything that determined it (core/generate). */
export interface GenerationCacheEntry {
  cacheKey: string;
  assetId: string;
  provider: string;
  model: string | null;
  createdAt: string;
}

export interface GenerationCacheRepository {
  get(cacheKey: string): GenerationCacheEntry | undefined;
  /** Keeps the first entry for a key (the result already paid for) and returns the stored one. */
  put(input: { cacheKey: string; assetId: string; provider: string; model?: string | null }): GenerationCacheEntry;
  delete(cacheKey: string): void;
}

interface CacheRow {
  cache_key: string;
  asset_id: string;
  provider: string;
  model: string | null;
  created_at: string;
}

function rowToEntry(row: CacheRow): GenerationCacheEntry {
  return { cacheKey: row.cache_key, assetId: row.asset_id, provider: row.provider, model: row.model, createdAt: row.created_at };
}

export function createGenerationCacheRepository(db: SqliteDatabase, clock: Clock = systemClock): GenerationCacheRepository {
  const selectOne = db.prepare<[string], CacheRow>('SELECT * FROM generation_cache WHERE cache_key = ?');
  const insertIfNew = db.prepare<CacheRow>(
    `INSERT INTO generation_cache (cache_key, asset_id, provider, model, created_at)
     VALUES (@cache_key, @asset_id, @provider, @model, @created_at) ON CONFLICT (cache_key) DO NOTHING`,
  );
  const remove = db.prepare<[string]>('DELETE FROM generation_cache WHERE cache_key = ?');

  function get(cacheKey: string): GenerationCacheEntry | undefined {
    const row = selectOne.get(cacheKey);
    return row === undefined ? undefined : rowToEntry(row);
  }

  return {
    get,
    put({ cacheKey, assetId, provider, model }) {
      try {
        insertIfNew.run({ cache_key: cacheKey, asset_id: assetId, provider, model: model ?? null, created_at: timestamp(clock) });
      } catch (err) {
        if (!isSqliteError(err, 'SQLITE_CONSTRAINT_FOREIGNKEY')) throw err;
        throw new AppError('NOT_FOUND', `cannot cache generation ${cacheKey}: asset ${assetId} does not exist`, { cacheKey, assetId });
      }
      return get(cacheKey) as GenerationCacheEntry;
    },
    delete(cacheKey) {
      remove.run(cacheKey);
    },
  };
}
