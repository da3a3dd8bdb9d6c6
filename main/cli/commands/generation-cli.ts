import readline from 'node:readline/promises';
import { AppSettings } from '../../../preload/contract/dto/settings-dto';
import { createGenerationRuntime, type GenerationRuntime } from '../../core/generate/generation-runtime';
import { createJobEvents, type JobEvents } from '../../core/jobs/job-events';
import { acquireQueueLock } from '../../core/jobs/queue-lock';
import { createEnvSecretStore } from '../../core/ports/env-secret-store';
import { AppError } from '../../core/shared/app-error';
import type { JobRecord } from '../../core/storage/job-repository';
import { APP_SETTINGS_KEY } from '../../handlers/settings-handlers';
import type { CliContext } from '../cli-context';
import { UsageError } from '../cli-io';
import { printJobEvents } from './job-printer';

/** Test and tuning knob: poll every N ms instead of the per-provider defaults (QUEUE_POLL_INTERVAL_MS). */
export const POLL_INTERVAL_ENV = 'ADLOOM_POLL_INTERVAL_MS';

export function appSettings(ctx: CliContext): AppSettings {
  return ctx.store().settings.get(APP_SETTINGS_KEY, AppSettings) ?? AppSettings.parse({});
}

export function secretsOf(ctx: CliContext): ReturnType<typeof createEnvSecretStore> {
  return createEnvSecretStore(ctx.io.env);
}

function pollIntervalFromEnv(env: Record<string, string | undefined>): number | undefined {
  const raw = env[POLL_INTERVAL_ENV]?.trim();
  if (!raw) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 60_000) throw new UsageError(`${POLL_INTERVAL_ENV} must be a whole number of milliseconds from 0 to 60000 (got "${raw}")`);
  return n;
}

/** Providers, queue and the stderr printer for one CLI run; finished outputs go onto the project timeline. */
export function cliRuntime(ctx: CliContext, opts: { json: boolean; concurrency?: number }): GenerationRuntime & { events: JobEvents } {
  const events = createJobEvents((err) => ctx.io.stderr.write(`adloom: progress output failed: ${err instanceof Error ? err.message : String(err)}\n`));
  printJobEvents(ctx.io, events, { json: opts.json });
  const pollIntervalMs = pollIntervalFromEnv(ctx.io.env);
  const runtime = createGenerationRuntime({
    store: ctx.store(),
    dataDir: ctx.dataDir(),
    binaries: () => ctx.binaries(),
    secrets: secretsOf(ctx),
    env: ctx.io.env,
    events,
    placeOnTimeline: true,
    appBudgetUsd: appSettings(ctx).projectBudgetUsd,
    ...(pollIntervalMs !== undefined && { pollIntervalMs }),
    ...(opts.concurrency !== undefined && { concurrency: { local: opts.concurrency, replicate: opts.concurrency, runway: opts.concurrency, elevenlabs: opts.concurrency } }),
  });
  return { ...runtime, events };
}

/**
 * Runs `work` while holding the data dir's queue lock, then waits for every job it started.
 * Ctrl-C stops the runners without touching their state: "adloom jobs resume" picks them up.
 */
export async function withQueue<T>(ctx: CliContext, runtime: GenerationRuntime, work: () => T | Promise<T>): Promise<T> {
  const lock = acquireQueueLock(ctx.dataDir());
  const onSignal = (): void => {
    ctx.io.stderr.write('adloom: stopping; paid tasks keep running remotely — "adloom jobs resume" collects them.\n');
    void runtime.queue.stop();
  };
  process.once('SIGINT', onSignal);
  try {
    const result = await work();
    await runtime.queue.idle();
    return result;
  } finally {
    process.removeListener('SIGINT', onSignal);
    lock.release();
  }
}

/**
 * Asks before spending. Without a terminal to ask on, refuses and says how to confirm, so a
 * script never spends by accident.
 */
export async function confirmSpend(ctx: CliContext, opts: { usd: number; what: string; yes: boolean }): Promise<void> {
  if (opts.yes || opts.usd <= 0) return;
  const question = `${opts.what} will cost about $${opts.usd.toFixed(2)} on your own key. Go ahead? [y/N] `;
  if (!ctx.io.isTty || !process.stdin.isTTY) {
    throw new AppError('BAD_INPUT', `${opts.what} would cost about $${opts.usd.toFixed(2)}; nothing was sent. Run again with --yes to confirm the spending.`, { usd: opts.usd });
  }
  const rl = readline.createInterface({ input: process.stdin, output: ctx.io.stderr });
  try {
    const answer = (await rl.question(question)).trim().toLowerCase();
    if (answer !== 'y' && answer !== 'yes') throw new AppError('CANCELLED', `${opts.what}: not confirmed; nothing was sent.`, {});
  } finally {
    rl.close();
  }
}

/** What a person (or script) needs per job once the run is over. */
export function jobSummary(job: JobRecord): Record<string, unknown> {
  return {
    id: job.id, state: job.state, provider: job.provider, model: job.model, remoteId: job.remoteId, outputAssetId: job.outputAssetId,
    costEstimateUsd: job.costEstimateUsd, costActualUsd: job.costActualUsd, errorCode: job.errorCode, errorMessage: job.errorMessage,
  };
}

/** Exit 1 when any job did not succeed, naming each. */
export function failOnUnfinished(jobs: readonly JobRecord[]): void {
  const bad = jobs.filter((j) => j.state !== 'succeeded');
  if (bad.length === 0) return;
  const list = bad.map((j) => `${j.id.slice(0, 8)} ${j.state}${j.errorMessage ? `: ${j.errorMessage}` : ''}`).join('; ');
  throw new AppError(bad.some((j) => j.state === 'cancelled') && bad.every((j) => j.state !== 'failed') ? 'CANCELLED' : 'PROVIDER_ERROR', `${bad.length} of ${jobs.length} jobs did not succeed: ${list}`, { failed: bad.length });
}
