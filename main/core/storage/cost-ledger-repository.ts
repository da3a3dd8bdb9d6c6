import { AppError } from '../shared/app-error';
import type { Clock } from './clock';
import { systemClock, timestamp } from './clock';
import type { CostEntry, CostKind, CostTotals } from './cost-totals';
import { summarizeCosts } from './cost-totals';
import { UNFINISHED_JOB_STATES } from './job-state';
import { isSqliteError } from './sqlite-database';
import type { SqliteDatabase } from './sqlite-database';

export interface CostInput {
  projectId?: string | null;
  jobId?: string | null;
  provider: string;
  model?: string | null;
  amountUsd: number;
  note?: string | null;
}

export interface CostLedgerRepository {
  recordEstimate(input: CostInput): CostEntry;
  recordActual(input: CostInput): CostEntry;
  /** Oldest first. */
  listForProject(projectId: string): CostEntry[];
  listForJob(jobId: string): CostEntry[];
  totalsForProject(projectId: string): CostTotals;
  /** Over every entry, with or without a project (e.g. spend across the whole library). */
  totalsAll(): CostTotals;
}

interface CostRow {
  id: number;
  project_id: string | null;
  job_id: string | null;
  provider: string;
  model: string | null;
  kind: CostKind;
  amount_usd: number;
  note: string | null;
  created_at: string;
}

function rowToEntry(row: CostRow): CostEntry {
  return {
    id: row.id,
    projectId: row.project_id,
    jobId: row.job_id,
    provider: row.provider,
    model: row.model,
    kind: row.kind,
    amountUsd: row.amount_usd,
    note: row.note,
    createdAt: row.created_at,
  };
}

export function createCostLedgerRepository(db: SqliteDatabase, clock: Clock = systemClock): CostLedgerRepository {
  const insert = db.prepare<Omit<CostRow, 'id'>>(
    `INSERT INTO cost_ledger (project_id, job_id, provider, model, kind, amount_usd, note, created_at)
     VALUES (@project_id, @job_id, @provider, @model, @kind, @amount_usd, @note, @created_at)`,
  );
  const selectOne = db.prepare<[number | bigint], CostRow>('SELECT * FROM cost_ledger WHERE id = ?');
  const selectForProject = db.prepare<[string], CostRow>('SELECT * FROM cost_ledger WHERE project_id = ? ORDER BY id');
  const selectForJob = db.prepare<[string], CostRow>('SELECT * FROM cost_ledger WHERE job_id = ? ORDER BY id');
  const selectAll = db.prepare<[], CostRow>('SELECT * FROM cost_ledger ORDER BY id');
  const unfinished = JSON.stringify(UNFINISHED_JOB_STATES);
  const selectUnfinishedJobs = db
    .prepare<[string], string>(
      `SELECT j.id FROM jobs j WHERE j.state IN (SELECT value FROM json_each(?))
       AND j.id IN (SELECT job_id FROM cost_ledger WHERE job_id IS NOT NULL)`,
    )
    .pluck();
  const projectExists = db.prepare<[string], { found: number }>('SELECT 1 AS found FROM projects WHERE id = ?');

  function record(kind: CostKind, input: CostInput): CostEntry {
    const { amountUsd } = input;
    if (!Number.isFinite(amountUsd) || amountUsd < 0) {
      throw new AppError('BAD_INPUT', `${kind} amount for provider ${input.provider} must be a finite number >= 0 USD, got ${amountUsd}`, {
        field: 'amountUsd',
      });
    }
    const row = {
      project_id: input.projectId ?? null,
      job_id: input.jobId ?? null,
      provider: input.provider,
      model: input.model ?? null,
      kind,
      amount_usd: amountUsd,
      note: input.note ?? null,
      created_at: timestamp(clock),
    };
    try {
      const { lastInsertRowid } = insert.run(row);
      return rowToEntry(selectOne.get(lastInsertRowid) as CostRow);
    } catch (err) {
      if (!isSqliteError(err, 'SQLITE_CONSTRAINT_FOREIGNKEY')) throw err;
      const missing = row.project_id !== null && projectExists.get(row.project_id) === undefined ? `project ${row.project_id}` : `job ${row.job_id}`;
      throw new AppError('NOT_FOUND', `cannot record a cost ${kind}: ${missing} does not exist`, { projectId: row.project_id, jobId: row.job_id });
    }
  }

  // One read transaction, so the entries and the job states come from the same snapshot.
  const totalsOf = db.transaction((projectId: string | null): CostTotals => {
    const rows = projectId === null ? selectAll.all() : selectForProject.all(projectId);
    return summarizeCosts(rows.map(rowToEntry), new Set(selectUnfinishedJobs.all(unfinished)));
  });

  return {
    recordEstimate: (input) => record('estimate', input),
    recordActual: (input) => record('actual', input),
    listForProject: (projectId) => selectForProject.all(projectId).map(rowToEntry),
    listForJob: (jobId) => selectForJob.all(jobId).map(rowToEntry),
    totalsForProject: (projectId) => totalsOf(projectId),
    totalsAll: () => totalsOf(null),
  };
}
