import type { JobReview } from './job-review';
import type { JobState } from './job-state';
import { encodeJson } from './row-codec';

export interface JobRecord {
  id: string;
  projectId: string | null;
  /** What the job makes, e.g. "image-to-video", "voice-over" (defined by core/jobs). */
  kind: string;
  provider: string;
  model: string | null;
  state: JobState;
  /** The provider's task id, stored the moment it is known so a restart can resume polling. */
  remoteId: string | null;
  input: unknown;
  outputAssetId: string | null;
  errorCode: string | null;
  errorMessage: string | null;
  attempts: number;
  /** Fraction done, 0..1, or null when unknown. */
  progress: number | null;
  costEstimateUsd: number | null;
  costActualUsd: number | null;
  cacheKey: string | null;
  /** The person's verdict on the output; only a succeeded job leaves 'pending'. */
  review: JobReview;
  createdAt: string;
  updatedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export interface NewJob {
  /** Defaults to crypto.randomUUID(). */
  id?: string;
  projectId?: string | null;
  kind: string;
  provider: string;
  model?: string | null;
  input: unknown;
  costEstimateUsd?: number | null;
  cacheKey?: string | null;
}

/** Fields to change; omitted fields keep their value. Giving `state` applies planJobTransition. */
export interface JobChange {
  state?: JobState;
  remoteId?: string | null;
  progress?: number | null;
  errorCode?: string | null;
  errorMessage?: string | null;
  outputAssetId?: string | null;
  attempts?: number;
  costActualUsd?: number | null;
}


// Rows <-> records for the jobs table, in this one place.

export interface JobRow {
  id: string;
  project_id: string | null;
  kind: string;
  provider: string;
  model: string | null;
  state: JobState;
  remote_id: string | null;
  input_json: string;
  output_asset_id: string | null;
  error_code: string | null;
  error_message: string | null;
  attempts: number;
  progress: number | null;
  cost_estimate_usd: number | null;
  cost_actual_usd: number | null;
  cache_key: string | null;
  review: JobReview;
  created_at: string;
  updated_at: string;
  started_at: string | null;
  finished_at: string | null;
}

export function rowToRecord(row: JobRow): JobRecord {
  return {
    id: row.id,
    projectId: row.project_id,
    kind: row.kind,
    provider: row.provider,
    model: row.model,
    state: row.state,
    remoteId: row.remote_id,
    input: JSON.parse(row.input_json),
    outputAssetId: row.output_asset_id,
    errorCode: row.error_code,
    errorMessage: row.error_message,
    attempts: row.attempts,
    progress: row.progress,
    costEstimateUsd: row.cost_estimate_usd,
    costActualUsd: row.cost_actual_usd,
    cacheKey: row.cache_key,
    review: row.review,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
  };
}

export function recordToRow(record: JobRecord): JobRow {
  return {
    id: record.id,
    project_id: record.projectId,
    kind: record.kind,
    provider: record.provider,
    model: record.model,
    state: record.state,
    remote_id: record.remoteId,
    input_json: encodeJson(record.input, `input of job ${record.id}`),
    output_asset_id: record.outputAssetId,
    error_code: record.errorCode,
    error_message: record.errorMessage,
    attempts: record.attempts,
    progress: record.progress,
    cost_estimate_usd: record.costEstimateUsd,
    cost_actual_usd: record.costActualUsd,
    cache_key: record.cacheKey,
    review: record.review,
    created_at: record.createdAt,
    updated_at: record.updatedAt,
    started_at: record.startedAt,
    finished_at: record.finishedAt,
  };
}

export const COLUMNS = [
  'id', 'project_id', 'kind', 'provider', 'model', 'state', 'remote_id', 'input_json', 'output_asset_id', 'error_code',
  'error_message', 'attempts', 'progress', 'cost_estimate_usd', 'cost_actual_usd', 'cache_key', 'review', 'created_at', 'updated_at',
  'started_at', 'finished_at',
] as const satisfies readonly (keyof JobRow)[];

const CHANGE_KEYS = [
  'state', 'remoteId', 'progress', 'errorCode', 'errorMessage', 'outputAssetId', 'attempts', 'costActualUsd',
] as const satisfies readonly (keyof JobChange & keyof JobRecord)[];

/** Only the known fields that were given, so `undefined` means "keep" and stray keys are ignored. */
export function definedChange(change: JobChange): Partial<JobRecord> {
  const picked: Partial<JobRecord> = {};
  for (const key of CHANGE_KEYS) {
    if (change[key] !== undefined) Object.assign(picked, { [key]: change[key] });
  }
  return picked;
}
