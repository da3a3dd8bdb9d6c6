import { AppError, toAppError } from '../shared/app-error';
import type { RunContext } from './job-context';
import { DEFAULT_RETRY_POLICY, retryDecision, type RetryOperation } from './retry-policy';
import { sleep } from './sleep';

/**
 * Runs one remote call with the queue's retry policy (backoff with jitter, Retry-After). The
 * error that ends the attempts says why it was not retried.
 */
export async function retrying<T>(rc: Pick<RunContext, 'deps' | 'random' | 'signal'>, operation: RetryOperation, fn: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await fn();
    } catch (err) {
      if (rc.signal.aborted) throw err;
      const error = toAppError(err);
      const decision = retryDecision({ error, attempt, operation, policy: rc.deps.retryPolicy ?? DEFAULT_RETRY_POLICY, random: rc.random() });
      if (!decision.retry) throw notRetried(error, decision.reason, attempt);
      await sleep(decision.delayMs, rc.signal);
    }
  }
}

/** The same error, with why the queue stopped trying added for the person reading it. */
export function notRetried(error: AppError, reason: string, attempts: number): AppError {
  const tail = attempts > 1 ? ` (tried ${attempts} times; ${reason})` : '';
  return new AppError(error.code, `${error.message}${tail}`, { ...error.details, attempts }, { cause: error });
}
