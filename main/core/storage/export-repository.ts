import { randomUUID } from 'node:crypto';
import { AppError } from '../shared/app-error';
import type { Clock } from './clock';
import { systemClock, timestamp } from './clock';
import { isSqliteError } from './sqlite-database';
import type { SqliteDatabase } from './sqlite-database';

/** One finished export (the file was checked with ffprobe before it was recorded). */
export interface ExportRecord {
  id: string;
  projectId: string;
  /** Absolute path of the exported file; it may since have been moved or deleted by the user. */
  path: string;
  preset: string;
  aspect: string;
  durationMs: number;
  byteSize: number;
  createdAt: string;
}

export type NewExport = Omit<ExportRecord, 'id' | 'createdAt'>;

export interface ExportRepository {
  record(input: NewExport): ExportRecord;
  /** Newest first. */
  listForProject(projectId: string): ExportRecord[];
  /** One export by id (browser mode serves downloads by id), or undefined. */
  get(id: string): ExportRecord | undefined;
}

interface ExportRow {
  id: string;
  project_id: string;
  path: string;
  preset: string;
  aspect: string;
  duration_ms: number;
  byte_size: number;
  created_at: string;
}

function rowToRecord(row: ExportRow): ExportRecord {
  return {
    id: row.id,
    projectId: row.project_id,
    path: row.path,
    preset: row.preset,
    aspect: row.aspect,
    durationMs: row.duration_ms,
    byteSize: row.byte_size,
    createdAt: row.created_at,
  };
}

function recordToRow(record: ExportRecord): ExportRow {
  return {
    id: record.id,
    project_id: record.projectId,
    path: record.path,
    preset: record.preset,
    aspect: record.aspect,
    duration_ms: record.durationMs,
    byte_size: record.byteSize,
    created_at: record.createdAt,
  };
}

export function createExportRepository(db: SqliteDatabase, clock: Clock = systemClock): ExportRepository {
  const insert = db.prepare<ExportRow>(
    `INSERT INTO exports (id, project_id, path, preset, aspect, duration_ms, byte_size, created_at)
     VALUES (@id, @project_id, @path, @preset, @aspect, @duration_ms, @byte_size, @created_at)`,
  );
  const selectForProject = db.prepare<[string], ExportRow>('SELECT * FROM exports WHERE project_id = ? ORDER BY created_at DESC, rowid DESC');
  const selectOne = db.prepare<[string], ExportRow>('SELECT * FROM exports WHERE id = ?');

  return {
    record(input) {
      const record: ExportRecord = { ...input, id: randomUUID(), createdAt: timestamp(clock) };
      try {
        insert.run(recordToRow(record));
      } catch (err) {
        if (!isSqliteError(err, 'SQLITE_CONSTRAINT_FOREIGNKEY')) throw err;
        throw new AppError('NOT_FOUND', `cannot record the export ${input.path}: project ${input.projectId} does not exist`, {
          projectId: input.projectId,
        });
      }
      return record;
    },
    listForProject(projectId) {
      return selectForProject.all(projectId).map(rowToRecord);
    },
    get(id) {
      const row = selectOne.get(id);
      return row === undefined ? undefined : rowToRecord(row);
    },
  };
}
