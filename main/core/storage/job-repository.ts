import { randomUUID } from 'node:crypto';
import { AppError } from '../shared/app-error';
import type { Clock } from './clock';
import { systemClock, timestamp } from './clock';
import type { JobChange, JobRecord, JobRow, NewJob } from './job-record';
import { COLUMNS, definedChange, recordToRow, rowToRecord } from './job-record';
import type { JobReview } from './job-review';
import type { JobState } from './job-state';
import { UNFINISHED_JOB_STATES, planJobTransition } from './job-state';
import { isSqliteError } from './sqlite-database';
import type { SqliteDatabase } from './sqlite-database';

export type { JobChange, JobRecord, NewJob } from './job-record';

export interface JobRepository {
  /** Writes the job as queued. */
  insert(job: NewJob): JobRecord;
  /** Throws NOT_FOUND when missing. */
  get(id: string): JobRecord;
  find(id: string): JobRecord | undefined;
  /** Applies `change` and sets updatedAt (and startedAt/finishedAt on a state change). */
  update(id: string, change: JobChange): JobRecord;
  listByState(states: JobState | readonly JobState[]): JobRecord[];
  /** queued, submitted, running and downloading jobs, oldest first: what to resume at start. */
  listUnfinished(): JobRecord[];
  /** Newest first. */
  listForProject(projectId: string): JobRecord[];
  /**
   * Records the person's verdict on a finished output and sets updatedAt. BAD_INPUT (naming the
   * job and its state) unless the job succeeded: only then is there an output to judge.
   */
  setReview(id: string, review: JobReview): JobRecord;
}

function checkChange(jobId: string, change: JobChange): void {
  const { progress, attempts } = change;
  if (progress !== undefined && progress !== null && !(progress >= 0 && progress <= 1)) {
    throw new AppError('BAD_INPUT', `progress of job ${jobId} must be between 0 and 1, got ${progress}`, { jobId, field: 'progress' });
  }
  if (attempts !== undefined && !(Number.isInteger(attempts) && attempts >= 0)) {
    throw new AppError('BAD_INPUT', `attempts of job ${jobId} must be a non-negative integer, got ${attempts}`, { jobId, field: 'attempts' });
  }
}

export function createJobRepository(db: SqliteDatabase, clock: Clock = systemClock): JobRepository {
  const selectOne = db.prepare<[string], JobRow>('SELECT * FROM jobs WHERE id = ?');
  const insertRow = db.prepare<JobRow>(`INSERT INTO jobs (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((c) => `@${c}`).join(', ')})`);
  const writeRow = db.prepare<JobRow>(`UPDATE jobs SET ${COLUMNS.filter((c) => c !== 'id').map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`);
  const unfinishedStates = JSON.stringify(UNFINISHED_JOB_STATES);
  const selectByStates = db.prepare<[string], JobRow>(
    'SELECT * FROM jobs WHERE state IN (SELECT value FROM json_each(?)) ORDER BY created_at, rowid',
  );
  const selectForProject = db.prepare<[string], JobRow>('SELECT * FROM jobs WHERE project_id = ? ORDER BY created_at DESC, rowid DESC');
  const projectExists = db.prepare<[string], { found: number }>('SELECT 1 AS found FROM projects WHERE id = ?');

  function find(id: string): JobRecord | undefined {
    const row = selectOne.get(id);
    return row === undefined ? undefined : rowToRecord(row);
  }

  function get(id: string): JobRecord {
    const record = find(id);
    if (record === undefined) throw new AppError('NOT_FOUND', `job ${id} does not exist`, { jobId: id });
    return record;
  }

  /** Turns a foreign-key failure into NOT_FOUND naming the project or asset that is missing. */
  function explainForeignKey(err: unknown, refs: { jobId: string; projectId: string | null; outputAssetId: string | null }): never {
    if (!isSqliteError(err, 'SQLITE_CONSTRAINT_FOREIGNKEY')) throw err;
    const { jobId, projectId, outputAssetId } = refs;
    const missing = projectId !== null && projectExists.get(projectId) === undefined ? `project ${projectId}` : `output asset ${outputAssetId}`;
    throw new AppError('NOT_FOUND', `cannot write job ${jobId}: ${missing} does not exist`, { jobId, projectId, outputAssetId });
  }

  const updateTx = db.transaction((id: string, change: JobChange): JobRecord => {
    const current = get(id);
    const now = timestamp(clock);
    const times =
      change.state === undefined
        ? { startedAt: current.startedAt, finishedAt: current.finishedAt }
        : planJobTransition({ jobId: id, from: current.state, to: change.state, current, now });
    const next: JobRecord = { ...current, ...definedChange(change), ...times, updatedAt: now };
    try {
      writeRow.run(recordToRow(next));
    } catch (err) {
      explainForeignKey(err, { jobId: id, projectId: null, outputAssetId: next.outputAssetId });
    }
    return get(id);
  });

  const writeReview = db.prepare<{ id: string; review: JobReview; updated_at: string }>('UPDATE jobs SET review = @review, updated_at = @updated_at WHERE id = @id');
  const reviewTx = db.transaction((id: string, review: JobReview): JobRecord => {
    const current = get(id);
    if (current.state !== 'succeeded') {
      throw new AppError('BAD_INPUT', `job ${id} is ${current.state}; only a succeeded job has an output to review`, { jobId: id, state: current.state, field: 'review' });
    }
    writeReview.run({ id, review, updated_at: timestamp(clock) });
    return get(id);
  });

  return {
    insert(job) {
      const now = timestamp(clock);
      const record: JobRecord = {
        id: job.id ?? randomUUID(),
        projectId: job.projectId ?? null,
        kind: job.kind,
        provider: job.provider,
        model: job.model ?? null,
        state: 'queued',
        remoteId: null,
        input: job.input,
        outputAssetId: null,
        errorCode: null,
        errorMessage: null,
        attempts: 0,
        progress: null,
        costEstimateUsd: job.costEstimateUsd ?? null,
        costActualUsd: null,
        cacheKey: job.cacheKey ?? null,
        review: 'pending',
        createdAt: now,
        updatedAt: now,
        startedAt: null,
        finishedAt: null,
      };
      try {
        insertRow.run(recordToRow(record));
      } catch (err) {
        if (isSqliteError(err, 'SQLITE_CONSTRAINT_PRIMARYKEY')) {
          throw new AppError('CONFLICT', `job ${record.id} already exists`, { jobId: record.id });
        }
        explainForeignKey(err, { jobId: record.id, projectId: record.projectId, outputAssetId: null });
      }
      return get(record.id);
    },
    get,
    find,
    update(id, change) {
      checkChange(id, change);
      return updateTx(id, change);
    },
    listByState(states) {
      const list: readonly JobState[] = typeof states === 'string' ? [states] : states;
      return selectByStates.all(JSON.stringify(list)).map(rowToRecord);
    },
    listUnfinished() {
      return selectByStates.all(unfinishedStates).map(rowToRecord);
    },
    listForProject(projectId) {
      return selectForProject.all(projectId).map(rowToRecord);
    },
    setReview(id, review) {
      return reviewTx(id, review);
    },
  };
}
