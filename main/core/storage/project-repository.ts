import { randomUUID } from 'node:crypto';
import { AppError } from '../shared/app-error';
import type { Clock } from './clock';
import { systemClock, timestamp } from './clock';
import { encodeJson } from './row-codec';
import { isSqliteError } from './sqlite-database';
import type { SqliteDatabase } from './sqlite-database';

/** A project without its document: what lists show. */
export interface ProjectSummary {
  id: string;
  name: string;
  schemaVersion: number;
  createdAt: string;
  updatedAt: string;
  /** Set while the project is in the trash; restore() clears it. */
  deletedAt: string | null;
  thumbnailAssetId: string | null;
}

/** The document is opaque JSON here: validating and migrating it is core/project's job. */
export interface ProjectRecord extends ProjectSummary {
  document: unknown;
}

export interface ProjectRepository {
  create(input: { name: string; document: unknown; schemaVersion: number }): ProjectRecord;
  /** Throws NOT_FOUND when no project has this id (trashed projects are found). */
  get(id: string): ProjectRecord;
  find(id: string): ProjectRecord | undefined;
  /** Most recently updated first; trashed projects only with includeDeleted. */
  list(options?: { includeDeleted?: boolean }): ProjectSummary[];
  /** Replaces the document (autosave) and bumps updatedAt. */
  save(input: { id: string; document: unknown; schemaVersion: number }): ProjectRecord;
  rename(id: string, name: string): ProjectSummary;
  setThumbnail(id: string, assetId: string | null): void;
  /** Moves the project to the trash; a second call keeps the first deletedAt. */
  softDelete(id: string): void;
  restore(id: string): void;
  /** Deletes for good, with its asset links and export history (jobs and costs are kept). */
  purge(id: string): void;
  /** A new project with a copy of the document and the media links; not trashed. */
  duplicate(id: string, newName: string): ProjectRecord;
}

interface ProjectRow {
  id: string;
  name: string;
  document: string;
  schema_version: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  thumbnail_asset_id: string | null;
}

type SummaryRow = Omit<ProjectRow, 'document'>;

const SUMMARY_COLUMNS = 'id, name, schema_version, created_at, updated_at, deleted_at, thumbnail_asset_id';

function rowToSummary(row: SummaryRow): ProjectSummary {
  return {
    id: row.id,
    name: row.name,
    schemaVersion: row.schema_version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
    thumbnailAssetId: row.thumbnail_asset_id,
  };
}

function rowToRecord(row: ProjectRow): ProjectRecord {
  return { ...rowToSummary(row), document: JSON.parse(row.document) };
}

function checkName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') throw new AppError('BAD_INPUT', 'project name is empty: give the project a name', { field: 'name' });
  return trimmed;
}

function checkSchemaVersion(schemaVersion: number): number {
  if (!Number.isInteger(schemaVersion) || schemaVersion < 1) {
    throw new AppError('BAD_INPUT', `project schemaVersion must be a positive integer, got ${schemaVersion}`, { field: 'schemaVersion' });
  }
  return schemaVersion;
}

function notFound(id: string): AppError {
  return new AppError('NOT_FOUND', `project ${id} does not exist`, { projectId: id });
}

export function createProjectRepository(db: SqliteDatabase, clock: Clock = systemClock): ProjectRepository {
  const selectOne = db.prepare<[string], ProjectRow>('SELECT * FROM projects WHERE id = ?');
  const selectActive = db.prepare<[], SummaryRow>(
    `SELECT ${SUMMARY_COLUMNS} FROM projects WHERE deleted_at IS NULL ORDER BY updated_at DESC, rowid DESC`,
  );
  const selectAll = db.prepare<[], SummaryRow>(`SELECT ${SUMMARY_COLUMNS} FROM projects ORDER BY updated_at DESC, rowid DESC`);
  const insert = db.prepare<ProjectRow>(
    `INSERT INTO projects (id, name, document, schema_version, created_at, updated_at, deleted_at, thumbnail_asset_id)
     VALUES (@id, @name, @document, @schema_version, @created_at, @updated_at, @deleted_at, @thumbnail_asset_id)`,
  );
  const updateDocument = db.prepare<{ id: string; document: string; schemaVersion: number; now: string }>(
    'UPDATE projects SET document = @document, schema_version = @schemaVersion, updated_at = @now WHERE id = @id',
  );
  const updateName = db.prepare<{ id: string; name: string; now: string }>('UPDATE projects SET name = @name, updated_at = @now WHERE id = @id');
  const updateThumbnail = db.prepare<{ id: string; assetId: string | null }>('UPDATE projects SET thumbnail_asset_id = @assetId WHERE id = @id');
  const markDeleted = db.prepare<{ id: string; now: string }>('UPDATE projects SET deleted_at = COALESCE(deleted_at, @now) WHERE id = @id');
  const clearDeleted = db.prepare<[string]>('UPDATE projects SET deleted_at = NULL WHERE id = ?');
  const remove = db.prepare<[string]>('DELETE FROM projects WHERE id = ?');
  const copyLinks = db.prepare<{ from: string; to: string }>(
    `INSERT INTO project_assets (project_id, asset_id, view_type, added_at)
     SELECT @to, asset_id, view_type, added_at FROM project_assets WHERE project_id = @from ORDER BY rowid`,
  );

  function find(id: string): ProjectRecord | undefined {
    const row = selectOne.get(id);
    return row === undefined ? undefined : rowToRecord(row);
  }

  function get(id: string): ProjectRecord {
    const record = find(id);
    if (record === undefined) throw notFound(id);
    return record;
  }

  /** Runs an UPDATE/DELETE that targets one project and reports a missing id. */
  function changeOne(id: string, run: () => { changes: number }): void {
    if (run().changes === 0) throw notFound(id);
  }

  function insertProject(input: { name: string; document: string; schemaVersion: number; thumbnailAssetId: string | null }): string {
    const now = timestamp(clock);
    const id = randomUUID();
    insert.run({
      id,
      name: input.name,
      document: input.document,
      schema_version: input.schemaVersion,
      created_at: now,
      updated_at: now,
      deleted_at: null,
      thumbnail_asset_id: input.thumbnailAssetId,
    });
    return id;
  }

  const duplicateTx = db.transaction((id: string, newName: string): string => {
    const source = selectOne.get(id);
    if (source === undefined) throw notFound(id);
    const copyId = insertProject({
      name: newName,
      document: source.document,
      schemaVersion: source.schema_version,
      thumbnailAssetId: source.thumbnail_asset_id,
    });
    copyLinks.run({ from: id, to: copyId });
    return copyId;
  });

  return {
    create({ name, document, schemaVersion }) {
      const id = insertProject({
        name: checkName(name),
        document: encodeJson(document, 'project document'),
        schemaVersion: checkSchemaVersion(schemaVersion),
        thumbnailAssetId: null,
      });
      return get(id);
    },
    get,
    find,
    list({ includeDeleted = false } = {}) {
      return (includeDeleted ? selectAll : selectActive).all().map(rowToSummary);
    },
    save({ id, document, schemaVersion }) {
      const params = { id, document: encodeJson(document, `document of project ${id}`), schemaVersion: checkSchemaVersion(schemaVersion) };
      changeOne(id, () => updateDocument.run({ ...params, now: timestamp(clock) }));
      return get(id);
    },
    rename(id, name) {
      const checked = checkName(name);
      changeOne(id, () => updateName.run({ id, name: checked, now: timestamp(clock) }));
      return summaryOf(get(id));
    },
    setThumbnail(id, assetId) {
      try {
        changeOne(id, () => updateThumbnail.run({ id, assetId }));
      } catch (err) {
        if (!isSqliteError(err, 'SQLITE_CONSTRAINT_FOREIGNKEY')) throw err;
        throw new AppError('NOT_FOUND', `asset ${assetId} does not exist, so it cannot be the thumbnail of project ${id}`, { projectId: id, assetId });
      }
    },
    softDelete(id) {
      changeOne(id, () => markDeleted.run({ id, now: timestamp(clock) }));
    },
    restore(id) {
      changeOne(id, () => clearDeleted.run(id));
    },
    purge(id) {
      changeOne(id, () => remove.run(id));
    },
    duplicate(id, newName) {
      return get(duplicateTx(id, checkName(newName)));
    },
  };
}

function summaryOf(record: ProjectRecord): ProjectSummary {
  const { document: _document, ...summary } = record;
  return summary;
}
