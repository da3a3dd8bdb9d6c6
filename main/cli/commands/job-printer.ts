import type { JobEvents } from '../../core/jobs/job-events';
import type { JobRecord } from '../../core/storage/job-repository';
import type { CliIo } from '../cli-io';

/** The job as progress lines show it: no input (it holds local paths), never a key (jobs hold none). */
export function jobLine(job: JobRecord): Record<string, unknown> {
  return {
    id: job.id, projectId: job.projectId, kind: job.kind, provider: job.provider, model: job.model, state: job.state, remoteId: job.remoteId,
    progress: job.progress, attempts: job.attempts, outputAssetId: job.outputAssetId, errorCode: job.errorCode, errorMessage: job.errorMessage,
    costEstimateUsd: job.costEstimateUsd, costActualUsd: job.costActualUsd,
  };
}

function labelOf(job: JobRecord): string {
  const input = job.input as { label?: unknown } | null;
  const label = typeof input?.label === 'string' ? input.label : job.kind;
  return `${job.id.slice(0, 8)} ${label}`;
}

const percent = (p: number | null): string => (p === null ? '' : ` ${Math.round(p * 100)}%`);

/**
 * Job progress on stderr (stdout stays for the command's result). --json: one JSON object per
 * line, {"event": "job.changed" | "job.progress" | "job.warning", ...}. Otherwise one line per
 * state change, and progress in 10 % steps.
 */
export function printJobEvents(io: CliIo, events: JobEvents, opts: { json: boolean }): void {
  const write = (line: string): void => void io.stderr.write(`${line}\n`);
  if (opts.json) {
    events.on('job.changed', ({ job }) => write(JSON.stringify({ event: 'job.changed', job: jobLine(job) })));
    events.on('job.progress', (p) => write(JSON.stringify({ event: 'job.progress', ...p })));
    events.on('job.warning', (w) => write(JSON.stringify({ event: 'job.warning', ...w })));
    return;
  }
  const labels = new Map<string, string>();
  const lastState = new Map<string, string>();
  const lastStep = new Map<string, string>();
  events.on('job.changed', ({ job }) => {
    labels.set(job.id, labelOf(job));
    const seen = `${job.state} ${job.remoteId ?? ''}`;
    if (lastState.get(job.id) === seen) return;
    lastState.set(job.id, seen);
    const remote = job.remoteId && job.state === 'submitted' ? ` as task ${job.remoteId}` : '';
    const cost = job.state === 'succeeded' && job.costActualUsd !== null ? ` $${job.costActualUsd.toFixed(2)}` : '';
    const why = job.errorMessage && job.state !== 'succeeded' ? `: ${job.errorMessage}` : '';
    write(`job ${labelOf(job)}  ${job.provider} ${job.model ?? ''}  ${job.state}${remote}${cost}${why}`);
  });
  events.on('job.progress', ({ jobId, progress, status }) => {
    const step = `${status ?? ''}${progress === null ? '' : Math.floor(progress * 10)}`;
    if (lastStep.get(jobId) === step) return;
    lastStep.set(jobId, step);
    write(`job ${labels.get(jobId) ?? jobId.slice(0, 8)}  ${status ?? 'working'}${percent(progress)}`);
  });
  events.on('job.warning', ({ jobId, message }) => write(`job ${labels.get(jobId) ?? jobId.slice(0, 8)}  warning: ${message}`));
}
