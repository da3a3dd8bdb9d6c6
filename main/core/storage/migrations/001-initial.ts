import type { Migration } from './migration';

/*
 * Notes on choices that the SQL cannot say:
 * - Timestamps are ISO-8601 UTC text (sortable, readable in the sqlite3 shell).
 * - projects.deleted_at makes deletes recoverable (a trash); purge is the real DELETE.
 * - Jobs and ledger rows outlive a purged project (ON DELETE SET NULL): they record money spent.
 * - project_assets.view_type has no CHECK: the list of view types may grow, and SQLite cannot
 *   alter a CHECK without rebuilding the table; the repository validates it instead.
 * - Assets are never deleted by the app (content-addressed, shared by projects), so links to
 *   them RESTRICT deletion.
 */
const SCHEMA = `
CREATE TABLE assets (
  id TEXT PRIMARY KEY CHECK (length(id) = 64 AND id NOT GLOB '*[^0-9a-f]*'),
  kind TEXT NOT NULL CHECK (kind IN ('image', 'video', 'audio')),
  ext TEXT NOT NULL,
  original_name TEXT NOT NULL,
  byte_size INTEGER NOT NULL CHECK (byte_size >= 0),
  width INTEGER,
  height INTEGER,
  duration_ms INTEGER,
  fps REAL,
  has_audio INTEGER NOT NULL CHECK (has_audio IN (0, 1)),
  has_alpha INTEGER NOT NULL CHECK (has_alpha IN (0, 1)),
  rotation INTEGER NOT NULL DEFAULT 0,
  codec TEXT,
  probe_json TEXT CHECK (probe_json IS NULL OR json_valid(probe_json)),
  thumbnail TEXT,
  provenance_json TEXT CHECK (provenance_json IS NULL OR json_valid(provenance_json)),
  created_at TEXT NOT NULL
);
CREATE INDEX assets_created_at ON assets (created_at);

CREATE TABLE projects (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  document TEXT NOT NULL CHECK (json_valid(document)),
  schema_version INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  thumbnail_asset_id TEXT REFERENCES assets (id) ON DELETE SET NULL
);
CREATE INDEX projects_updated_at ON projects (deleted_at, updated_at);

CREATE TABLE project_assets (
  project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  asset_id TEXT NOT NULL REFERENCES assets (id) ON DELETE RESTRICT,
  view_type TEXT,
  added_at TEXT NOT NULL,
  PRIMARY KEY (project_id, asset_id)
);
CREATE INDEX project_assets_asset ON project_assets (asset_id);

CREATE TABLE jobs (
  id TEXT PRIMARY KEY,
  project_id TEXT REFERENCES projects (id) ON DELETE SET NULL,
  kind TEXT NOT NULL,
  provider TEXT NOT NULL,
  model TEXT,
  state TEXT NOT NULL CHECK (state IN ('queued', 'submitted', 'running', 'downloading', 'succeeded', 'failed', 'cancelled')),
  remote_id TEXT,
  input_json TEXT NOT NULL CHECK (json_valid(input_json)),
  output_asset_id TEXT REFERENCES assets (id) ON DELETE SET NULL,
  error_code TEXT,
  error_message TEXT,
  attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  progress REAL CHECK (progress IS NULL OR (progress >= 0 AND progress <= 1)),
  cost_estimate_usd REAL CHECK (cost_estimate_usd IS NULL OR cost_estimate_usd >= 0),
  cost_actual_usd REAL CHECK (cost_actual_usd IS NULL OR cost_actual_usd >= 0),
  cache_key TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  started_at TEXT,
  finished_at TEXT
);
CREATE INDEX jobs_state ON jobs (state, created_at);
CREATE INDEX jobs_project ON jobs (project_id, created_at);
CREATE INDEX jobs_cache_key ON jobs (cache_key) WHERE cache_key IS NOT NULL;
CREATE INDEX jobs_remote_id ON jobs (provider, remote_id) WHERE remote_id IS NOT NULL;

CREATE TABLE cost_ledger (
  id INTEGER PRIMARY KEY,
  project_id TEXT REFERENCES projects (id) ON DELETE SET NULL,
  job_id TEXT REFERENCES jobs (id) ON DELETE SET NULL,
  provider TEXT NOT NULL,
  model TEXT,
  kind TEXT NOT NULL CHECK (kind IN ('estimate', 'actual')),
  amount_usd REAL NOT NULL CHECK (amount_usd >= 0),
  note TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX cost_ledger_project ON cost_ledger (project_id, kind);
CREATE INDEX cost_ledger_job ON cost_ledger (job_id);

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value_json TEXT NOT NULL CHECK (json_valid(value_json)),
  updated_at TEXT NOT NULL
);

CREATE TABLE exports (
  id TEXT PRIMARY KEY,
  project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  path TEXT NOT NULL,
  preset TEXT NOT NULL,
  aspect TEXT NOT NULL,
  duration_ms INTEGER NOT NULL CHECK (duration_ms >= 0),
  byte_size INTEGER NOT NULL CHECK (byte_size >= 0),
  created_at TEXT NOT NULL
);
CREATE INDEX exports_project ON exports (project_id, created_at);

CREATE TABLE generation_cache (
  cache_key TEXT PRIMARY KEY,
  asset_id TEXT NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
  provider TEXT NOT NULL,
  model TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX generation_cache_asset ON generation_cache (asset_id);
`;

export const initialMigration: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(SCHEMA);
  },
};
