import type { Command } from 'commander';
import { JOB_STATES, type JobState } from '../../core/storage/job-state';
import type { JobRecord } from '../../core/storage/job-repository';
import { AppError } from '../../core/shared/app-error';
import { loadProject } from '../../core/workspace/project-service';
import type { CliContext } from '../cli-context';
import { printResult, UsageError } from '../cli-io';
import { integerIn } from '../parse-options';
import { appSettings, cliRuntime, confirmSpend, failOnUnfinished, jobSummary, withQueue } from './generation-cli';
import { jobLine } from './job-printer';

interface JsonOpt {
  json?: boolean;
}

const row = (j: JobRecord): string =>
  `${j.id}  ${j.state.padEnd(11)} ${j.provider} ${j.model ?? ''}  ${j.costActualUsd !== null ? `$${j.costActualUsd.toFixed(2)}` : j.costEstimateUsd !== null ? `~$${j.costEstimateUsd.toFixed(2)}` : ''}  ${j.createdAt}`;

function parseStates(values: string[] | undefined): JobState[] {
  const states = values ?? [...JOB_STATES];
  for (const s of states) if (!(JOB_STATES as readonly string[]).includes(s)) throw new UsageError(`--state must be one of ${JOB_STATES.join(', ')} (got "${s}")`);
  return states as JobState[];
}

function budgetFor(ctx: CliContext, job: JobRecord): { projectId: string; budgetUsd: number | null } | undefined {
  if (job.projectId === null) return undefined;
  const { document } = loadProject(ctx.store(), job.projectId);
  return { projectId: job.projectId, budgetUsd: document.settings.budgetUsd ?? appSettings(ctx).projectBudgetUsd };
}

export function registerJobs(program: Command, ctx: CliContext): void {
  const jobs = program.command('jobs').description('generation jobs: list, show, cancel, retry, resume');

  jobs
    .command('list')
    .description('jobs, newest first')
    .option('--project <id>', 'only this project')
    .option('--state <states...>', `only these states (${JOB_STATES.join(', ')})`)
    .option('--json', 'machine-readable output')
    .action((opts: JsonOpt & { project?: string; state?: string[] }) => {
      const wanted = new Set(parseStates(opts.state));
      const store = ctx.store();
      const all = opts.project ? store.jobs.listForProject(opts.project) : store.jobs.listByState([...wanted]).reverse();
      const list = all.filter((j) => wanted.has(j.state));
      printResult(ctx.io, { json: Boolean(opts.json), value: list.map(jobLine), human: () => (list.length ? list.map(row).join('\n') : 'No jobs.') });
    });

  jobs
    .command('show <id>')
    .description('one job with its costs and the provenance of its output')
    .option('--json', 'machine-readable output')
    .action((id: string, opts: JsonOpt) => {
      const store = ctx.store();
      const job = store.jobs.get(id);
      const ledger = store.ledger.listForJob(id);
      const output = job.outputAssetId ? (store.assets.get(job.outputAssetId) ?? null) : null;
      const value = { job: jobLine(job), ledger, output: output && { id: output.id, kind: output.kind, durationMs: output.durationMs, provenance: output.provenance } };
      printResult(ctx.io, {
        json: Boolean(opts.json),
        value,
        human: () =>
          [row(job), job.remoteId ? `remote task: ${job.remoteId}` : null, job.errorMessage ? `message: ${job.errorMessage}` : null, ...ledger.map((e) => `${e.kind}: $${e.amountUsd.toFixed(4)} ${e.note ?? ''}`), output ? `output: ${output.id} ${JSON.stringify(output.provenance)}` : null]
            .filter((l): l is string => l !== null)
            .join('\n'),
      });
    });

  jobs
    .command('cancel <id>')
    .description('cancel a job and its task at the provider')
    .option('--json', 'machine-readable output')
    .action(async (id: string, opts: JsonOpt) => {
      const runtime = cliRuntime(ctx, { json: Boolean(opts.json) });
      const job = await runtime.queue.cancel(id);
      printResult(ctx.io, { json: Boolean(opts.json), value: jobSummary(job), human: () => `${row(job)}${job.errorMessage ? `\n${job.errorMessage}` : ''}` });
    });

  jobs
    .command('retry <id>')
    .description('queue a failed or cancelled job again and wait for it (a task that is still alive is picked up, not paid again)')
    .option('--yes', 'do not ask before spending')
    .option('--json', 'JSON progress lines on stderr and a JSON result on stdout')
    .action(async (id: string, opts: JsonOpt & { yes?: boolean }) => {
      const before = ctx.store().jobs.get(id);
      if (before.state !== 'failed' && before.state !== 'cancelled') throw new AppError('CONFLICT', `job ${id} is ${before.state}; only failed or cancelled jobs can be retried`, { jobId: id });
      await confirmSpend(ctx, { usd: before.remoteId === null ? (before.costEstimateUsd ?? 0) : 0, what: `Retrying job ${id.slice(0, 8)}`, yes: Boolean(opts.yes) });
      const runtime = cliRuntime(ctx, { json: Boolean(opts.json) });
      const budget = budgetFor(ctx, before);
      await withQueue(ctx, runtime, () => runtime.queue.retry(id, budget ? { budget } : undefined));
      const job = ctx.store().jobs.get(id);
      printResult(ctx.io, { json: Boolean(opts.json), value: jobSummary(job), human: () => row(job) });
      failOnUnfinished([job]);
    });

  jobs
    .command('resume')
    .description('continue unfinished jobs (after a crash, kill or quit): saved remote tasks are polled, never submitted again')
    .option('--concurrency <n>', 'jobs at once per provider (1–5, default 3)')
    .option('--json', 'JSON progress lines on stderr and a JSON result on stdout')
    .action(async (opts: JsonOpt & { concurrency?: string }) => {
      const concurrency = integerIn('--concurrency', opts.concurrency, { min: 1, max: 5 });
      const runtime = cliRuntime(ctx, { json: Boolean(opts.json), ...(concurrency !== undefined && { concurrency }) });
      const resumed = await withQueue(ctx, runtime, () => runtime.queue.resume());
      const after = resumed.map((j) => ctx.store().jobs.get(j.id));
      printResult(ctx.io, {
        json: Boolean(opts.json),
        value: { resumed: after.map(jobSummary) },
        human: () => (after.length ? `Resumed ${after.length} jobs:\n${after.map(row).join('\n')}` : 'No unfinished jobs.'),
      });
      failOnUnfinished(after);
    });
}
