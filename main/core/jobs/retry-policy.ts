import type { AppError } from '../shared/app-error';

/** What the queue was doing when the error happened; a submit is judged more strictly. */
export type RetryOperation = 'submit' | 'poll' | 'download' | 'cancel';

export interface RetryPolicy {
  /** Attempts in total, the first one included. */
  maxAttempts: number;
  /** Backoff before the 2nd attempt; doubles for each one after. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited for: the job fails and says when to come back. */
  maxRetryAfterMs: number;
}

/** Patient enough to ride out a short outage (1+2+4+8 s ≈ 15 s before the 5th attempt). */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 1000, maxDelayMs: 60_000, maxRetryAfterMs: 5 * 60_000 };

/** Polling a task that is already paid for is worth more patience (~4 min of outage). */
export const POLL_RETRY_POLICY: RetryPolicy = { ...DEFAULT_RETRY_POLICY, maxAttempts: 9 };

export type RetryDecision = { retry: true; delayMs: number; reason: string } | { retry: false; reason: string };

/** Statuses that say the request itself is wrong: repeating it cannot help (400/401/402/422). */
const NEVER_STATUSES = new Set([400, 401, 402, 403, 404, 413, 422]);
const NEVER_CODES = new Set(['BAD_INPUT', 'AUTH_FAILED', 'OUT_OF_CREDIT', 'NOT_FOUND', 'CANCELLED', 'BUDGET_EXCEEDED', 'MEDIA_INVALID', 'IO_ERROR']);

function detail<T>(err: AppError, key: string, guard: (v: unknown) => v is T): T | undefined {
  const value = err.details?.[key];
  return guard(value) ? value : undefined;
}
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isTrue = (v: unknown): v is true => v === true;

/**
 * Exponential backoff with "equal jitter": half the step is fixed, half random, so many jobs
 * failing together do not come back together. `attempt` is the 1-based attempt that failed.
 */
export function backoffDelayMs(policy: RetryPolicy, attempt: number, random: number): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + random * (step / 2));
}

/**
 * Whether to try again after `error` and how long to wait (pure: `random` in [0, 1) is given).
 * - Never on 400/401/402/422 (and the codes that mean the same: bad input, auth, credit).
 * - 429: waits what Retry-After asked (plus up to 10 % jitter), or backs off when it said nothing.
 * - 5xx, timeouts, dropped connections (details.retryable): backoff.
 * - A submit whose answer was lost (timeout) or unreadable may have created a paid task, so it
 *   is not repeated: paying twice is worse than asking the person to look.
 */
export function retryDecision(input: { error: AppError; attempt: number; operation: RetryOperation; policy?: RetryPolicy; random: number }): RetryDecision {
  const { error, attempt, operation, random } = input;
  const policy = input.policy ?? DEFAULT_RETRY_POLICY;
  const status = detail(error, 'status', isNumber);
  if (status !== undefined && NEVER_STATUSES.has(status)) return { retry: false, reason: `HTTP ${status} is not retried` };
  if (NEVER_CODES.has(error.code)) return { retry: false, reason: `${error.code} is not retried` };
  if (operation === 'submit' && detail(error, 'maybeSubmitted', isTrue) && (detail(error, 'timedOut', isTrue) || detail(error, 'malformed', isTrue))) {
    return { retry: false, reason: 'the submit may have reached the provider; repeating it could pay twice' };
  }
  const retryable = error.code === 'RATE_LIMITED' || detail(error, 'retryable', isTrue) === true;
  if (!retryable) return { retry: false, reason: `${error.code} is not retryable` };
  if (attempt >= policy.maxAttempts) return { retry: false, reason: `gave up after ${attempt} attempts` };

  const retryAfter = error.code === 'RATE_LIMITED' && detail(error, 'retryAfterGiven', isTrue) ? detail(error, 'retryAfterMs', isNumber) : undefined;
  if (retryAfter !== undefined) {
    if (retryAfter > policy.maxRetryAfterMs) return { retry: false, reason: `the provider asked to wait ${Math.ceil(retryAfter / 1000)} s` };
    return { retry: true, delayMs: Math.round(retryAfter + random * retryAfter * 0.1), reason: 'Retry-After' };
  }
  return { retry: true, delayMs: backoffDelayMs(policy, attempt, random), reason: status !== undefined ? `HTTP ${status}` : error.code };
}
