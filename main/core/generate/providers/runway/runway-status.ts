import { AppError } from '../../../shared/app-error';
import type { ErrorCode } from '../../../../../preload/contract/errors';
import { runwayCreditsToUsd } from '../../prices';
import type { PollResult, RemoteStatus } from '../../provider';
import type { Task } from './runway-schemas';

const STATUS: Record<Task['status'], RemoteStatus> = {
  PENDING: 'queued',
  THROTTLED: 'queued',
  RUNNING: 'running',
  SUCCEEDED: 'succeeded',
  FAILED: 'failed',
  CANCELLED: 'cancelled',
};

interface FailureRule {
  prefix: string;
  code: ErrorCode;
  retryable: boolean;
  say: string;
}

// Most specific first. docs.dev.runwayml.com/api-details/task-failures (api-protocols.md §1.6).
const FAILURE_RULES: FailureRule[] = [
  { prefix: 'SAFETY.INPUT', code: 'BAD_INPUT', retryable: false, say: "Runway's content moderation rejected the input; change the image or prompt" },
  { prefix: 'INPUT_PREPROCESSING.SAFETY', code: 'BAD_INPUT', retryable: false, say: "Runway's content moderation rejected the prompt; change it" },
  { prefix: 'SAFETY.OUTPUT', code: 'PROVIDER_ERROR', retryable: false, say: "Runway's content moderation blocked the generated result; try a different prompt" },
  { prefix: 'ASSET.INVALID', code: 'BAD_INPUT', retryable: false, say: 'Runway could not use the input image; try another file' },
  { prefix: 'INTERNAL.BAD_OUTPUT', code: 'PROVIDER_ERROR', retryable: false, say: 'Runway rejected its own result as unusable (text in the input image is a known cause); change the image or prompt' },
  { prefix: 'INPUT_PREPROCESSING.INTERNAL', code: 'PROVIDER_ERROR', retryable: true, say: 'Runway had an internal problem preparing the input; try again' },
  { prefix: 'INTERNAL', code: 'PROVIDER_ERROR', retryable: true, say: 'Runway had an internal problem; try again' },
];

/**
 * A FAILED task as an AppError. Runway advises against showing `failure` verbatim, so the
 * message is ours (by failureCode family) and the original text goes to details.
 */
export function taskFailure(task: Extract<Task, { status: 'FAILED' }>): AppError {
  const fc = task.failureCode ?? '';
  const rule = FAILURE_RULES.find((r) => fc === r.prefix || fc.startsWith(`${r.prefix}.`));
  const details = { provider: 'runway', remoteId: task.id, failureCode: fc || null, providerMessage: task.failure.slice(0, 2000) };
  if (!rule) {
    return new AppError('PROVIDER_ERROR', `Runway task ${task.id} failed${fc ? ` (${fc})` : ''}.`, { ...details, retryable: false });
  }
  return new AppError(rule.code, `Runway task ${task.id} failed (${fc}): ${rule.say}.`, { ...details, retryable: rule.retryable });
}

export function taskToPoll(task: Task): PollResult {
  const status = STATUS[task.status];
  const result: PollResult = {
    remoteId: task.id,
    status,
    providerStatus: task.status,
    progress: task.status === 'RUNNING' ? (task.progress ?? null) : task.status === 'SUCCEEDED' ? 1 : null,
    outputUrls: task.status === 'SUCCEEDED' ? task.output : [],
    costUsd: null,
    estimateUsd: null,
  };
  if (task.status === 'FAILED') result.error = taskFailure(task);
  if (task.status === 'SUCCEEDED' || task.status === 'FAILED' || task.status === 'CANCELLED') {
    // Older API revisions sent no `cost`: unknown, not free.
    result.costUsd = task.cost ? runwayCreditsToUsd(task.cost.credits) : null;
  } else if (task.estimatedCost) {
    result.estimateUsd = runwayCreditsToUsd(task.estimatedCost.credits);
  }
  return result;
}
