import type { z } from 'zod';
import { AppError } from '../shared/app-error';
import type { Clock } from './clock';
import { systemClock, timestamp } from './clock';
import { encodeJson } from './row-codec';
import type { SqliteDatabase } from './sqlite-database';

/**
 * Key → JSON value. The caller owns the shape of each key and passes its zod schema, so a
 * value is checked on the way in and again on the way out (a file edited by hand or written by
 * another version cannot slip through as the wrong type).
 */
export interface SettingsRepository {
  get<S extends z.ZodType>(key: string, schema: S): z.output<S> | undefined;
  set<S extends z.ZodType>(key: string, schema: S, value: z.input<S>): z.output<S>;
  delete(key: string): void;
  keys(): string[];
}

interface SettingRow {
  key: string;
  value_json: string;
  updated_at: string;
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(value)'}: ${issue.message}`).join('; ');
}

export function createSettingsRepository(db: SqliteDatabase, clock: Clock = systemClock): SettingsRepository {
  const selectOne = db.prepare<[string], SettingRow>('SELECT key, value_json, updated_at FROM settings WHERE key = ?');
  const upsert = db.prepare<SettingRow>(
    `INSERT INTO settings (key, value_json, updated_at) VALUES (@key, @value_json, @updated_at)
     ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json, updated_at = excluded.updated_at`,
  );
  const remove = db.prepare<[string]>('DELETE FROM settings WHERE key = ?');
  const selectKeys = db.prepare<[], string>('SELECT key FROM settings ORDER BY key').pluck();

  return {
    get(key, schema) {
      const row = selectOne.get(key);
      if (row === undefined) return undefined;
      const parsed = schema.safeParse(JSON.parse(row.value_json));
      if (!parsed.success) {
        throw new AppError('BAD_INPUT', `stored setting "${key}" does not match its schema: ${describeIssues(parsed.error)}; set it again to replace it`, {
          key,
        });
      }
      return parsed.data;
    },
    set(key, schema, value) {
      const parsed = schema.safeParse(value);
      if (!parsed.success) {
        throw new AppError('BAD_INPUT', `setting "${key}" is invalid: ${describeIssues(parsed.error)}`, { key });
      }
      upsert.run({ key, value_json: encodeJson(parsed.data, `setting "${key}"`), updated_at: timestamp(clock) });
      return parsed.data;
    },
    delete(key) {
      remove.run(key);
    },
    keys() {
      return selectKeys.all();
    },
  };
}
