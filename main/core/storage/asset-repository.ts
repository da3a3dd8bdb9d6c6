import { AppError } from '../shared/app-error';
import { VIEW_TYPES } from '../media/asset';
import type { AssetKind, AssetProvenance, AssetRecord, AssetRepository, ViewType } from '../media/asset';
import type { Clock } from './clock';
import { systemClock, timestamp } from './clock';
import { decodeNullableJson, encodeNullableJson, fromSqlBool, toSqlBool } from './row-codec';
import { isSqliteError } from './sqlite-database';
import type { SqliteDatabase } from './sqlite-database';

interface AssetRow {
  id: string;
  kind: AssetKind;
  ext: string;
  original_name: string;
  byte_size: number;
  width: number | null;
  height: number | null;
  duration_ms: number | null;
  fps: number | null;
  has_audio: number;
  has_alpha: number;
  rotation: number;
  codec: string | null;
  probe_json: string | null;
  thumbnail: string | null;
  provenance_json: string | null;
  created_at: string;
}

interface LinkedAssetRow extends AssetRow {
  view_type: string | null;
  added_at: string;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

function rowToRecord(row: AssetRow): AssetRecord {
  return {
    id: row.id,
    kind: row.kind,
    ext: row.ext,
    originalName: row.original_name,
    byteSize: row.byte_size,
    width: row.width,
    height: row.height,
    durationMs: row.duration_ms,
    fps: row.fps,
    hasAudio: fromSqlBool(row.has_audio),
    hasAlpha: fromSqlBool(row.has_alpha),
    rotation: row.rotation,
    codec: row.codec,
    probe: decodeNullableJson(row.probe_json),
    thumbnail: row.thumbnail,
    provenance: decodeNullableJson(row.provenance_json) as AssetProvenance | null,
    createdAt: row.created_at,
  };
}

function recordToRow(record: AssetRecord): AssetRow {
  return {
    id: record.id,
    kind: record.kind,
    ext: record.ext,
    original_name: record.originalName,
    byte_size: record.byteSize,
    width: record.width,
    height: record.height,
    duration_ms: record.durationMs,
    fps: record.fps,
    has_audio: toSqlBool(record.hasAudio),
    has_alpha: toSqlBool(record.hasAlpha),
    rotation: record.rotation,
    codec: record.codec,
    probe_json: encodeNullableJson(record.probe, `probe of asset ${record.id}`),
    thumbnail: record.thumbnail,
    provenance_json: encodeNullableJson(record.provenance, `provenance of asset ${record.id}`),
    created_at: record.createdAt,
  };
}

/** A view type written by this code is always known; anything else reads as "not set". */
function toViewType(value: string | null): ViewType | null {
  return (VIEW_TYPES as readonly string[]).includes(value ?? '') ? (value as ViewType) : null;
}

function checkViewType(value: ViewType | null | undefined): void {
  if (value === undefined || value === null || VIEW_TYPES.includes(value)) return;
  throw new AppError('BAD_INPUT', `view type "${String(value)}" is not one of ${VIEW_TYPES.join(', ')}`, { field: 'viewType' });
}

const COLUMNS =
  'id, kind, ext, original_name, byte_size, width, height, duration_ms, fps, has_audio, has_alpha, rotation, codec, probe_json, thumbnail, provenance_json, created_at';

/** The SQLite implementation of media's AssetRepository port. */
export function createAssetRepository(db: SqliteDatabase, clock: Clock = systemClock): AssetRepository {
  const selectOne = db.prepare<[string], AssetRow>(`SELECT ${COLUMNS} FROM assets WHERE id = ?`);
  const selectAll = db.prepare<[], AssetRow>(`SELECT ${COLUMNS} FROM assets ORDER BY created_at, rowid`);
  const insertIfNew = db.prepare<AssetRow>(
    `INSERT INTO assets (${COLUMNS}) VALUES (${COLUMNS.split(', ')
      .map((column) => `@${column}`)
      .join(', ')}) ON CONFLICT (id) DO NOTHING`,
  );
  const updateThumbnail = db.prepare<{ id: string; thumbnail: string }>('UPDATE assets SET thumbnail = @thumbnail WHERE id = @id');
  const link = db.prepare<{ projectId: string; assetId: string; viewType: string | null; keepViewType: 0 | 1; now: string }>(
    `INSERT INTO project_assets (project_id, asset_id, view_type, added_at) VALUES (@projectId, @assetId, @viewType, @now)
     ON CONFLICT (project_id, asset_id) DO UPDATE SET view_type = CASE WHEN @keepViewType = 1 THEN view_type ELSE excluded.view_type END`,
  );
  const selectLinked = db.prepare<[string], LinkedAssetRow>(
    `SELECT ${COLUMNS
      .split(', ')
      .map((column) => `a.${column}`)
      .join(', ')}, pa.view_type, pa.added_at
     FROM project_assets pa JOIN assets a ON a.id = pa.asset_id
     WHERE pa.project_id = ? ORDER BY pa.added_at, pa.rowid`,
  );
  const projectExists = db.prepare<[string], { found: number }>('SELECT 1 AS found FROM projects WHERE id = ?');

  function get(id: string): AssetRecord | undefined {
    const row = selectOne.get(id);
    return row === undefined ? undefined : rowToRecord(row);
  }

  return {
    get,
    upsert(record) {
      if (!SHA256_HEX.test(record.id)) {
        throw new AppError('BAD_INPUT', `asset id "${record.id}" is not a lower-case sha256 hex digest (64 characters)`, { field: 'id' });
      }
      insertIfNew.run(recordToRow(record));
      const stored = get(record.id);
      if (stored === undefined) throw new AppError('INTERNAL', `asset ${record.id} was not stored`, { assetId: record.id });
      return stored;
    },
    setThumbnail(id, thumbnail) {
      if (updateThumbnail.run({ id, thumbnail }).changes === 0) {
        throw new AppError('NOT_FOUND', `asset ${id} does not exist, so its thumbnail cannot be set`, { assetId: id });
      }
    },
    list() {
      return selectAll.all().map(rowToRecord);
    },
    linkToProject({ projectId, assetId, viewType }) {
      checkViewType(viewType);
      try {
        link.run({ projectId, assetId, viewType: viewType ?? null, keepViewType: viewType === undefined ? 1 : 0, now: timestamp(clock) });
      } catch (err) {
        if (!isSqliteError(err, 'SQLITE_CONSTRAINT_FOREIGNKEY')) throw err;
        const missing = projectExists.get(projectId) === undefined ? `project ${projectId}` : `asset ${assetId}`;
        throw new AppError('NOT_FOUND', `cannot link asset ${assetId} to project ${projectId}: ${missing} does not exist`, { projectId, assetId });
      }
    },
    listForProject(projectId) {
      return selectLinked.all(projectId).map((row) => ({ ...rowToRecord(row), viewType: toViewType(row.view_type), addedAt: row.added_at }));
    },
  };
}
