import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/app-error';
import { backoffDelayMs, DEFAULT_RETRY_POLICY, retryDecision, type RetryOperation } from './retry-policy';

const http = (status: number, extra: Record<string, unknown> = {}): AppError => {
  const code = status === 429 ? 'RATE_LIMITED' : status === 401 ? 'AUTH_FAILED' : status === 402 ? 'OUT_OF_CREDIT' : status < 500 ? 'BAD_INPUT' : 'PROVIDER_ERROR';
  return new AppError(code, `HTTP ${status}`, { provider: 'replicate', status, retryable: status === 429 || status >= 500, ...extra });
};
const decide = (error: AppError, attempt = 1, operation: RetryOperation = 'poll', random = 0.5) => retryDecision({ error, attempt, operation, random });

describe('backoffDelayMs', () => {
  it('doubles per attempt with half of each step random, capped at maxDelayMs', () => {
    expect([1, 2, 3, 4].map((a) => backoffDelayMs(DEFAULT_RETRY_POLICY, a, 0))).toEqual([500, 1000, 2000, 4000]);
    expect([1, 2, 3, 4].map((a) => backoffDelayMs(DEFAULT_RETRY_POLICY, a, 0.999999))).toEqual([1000, 2000, 4000, 8000]);
    expect(backoffDelayMs(DEFAULT_RETRY_POLICY, 20, 0)).toBe(30_000);
    expect(backoffDelayMs(DEFAULT_RETRY_POLICY, 20, 0.999999)).toBe(60_000);
  });
});

describe('retryDecision', () => {
  it('never retries 400, 401, 402 or 422, whatever the operation', () => {
    for (const status of [400, 401, 402, 422]) {
      for (const op of ['submit', 'poll', 'download', 'cancel'] as const) {
        expect(decide(http(status), 1, op)).toEqual({ retry: false, reason: `HTTP ${status} is not retried` });
      }
    }
  });

  it('never retries input, auth and credit errors that carry no status', () => {
    for (const code of ['BAD_INPUT', 'AUTH_FAILED', 'OUT_OF_CREDIT', 'NOT_FOUND', 'CANCELLED'] as const) {
      expect(decide(new AppError(code, 'x', { retryable: true }))).toEqual({ retry: false, reason: `${code} is not retried` });
    }
  });

  it('retries 5xx with exponential backoff and jitter', () => {
    expect(decide(http(503), 1, 'submit', 0)).toEqual({ retry: true, delayMs: 500, reason: 'HTTP 503' });
    expect(decide(http(500), 3, 'poll', 0.5)).toEqual({ retry: true, delayMs: 3000, reason: 'HTTP 500' });
  });

  it('honours Retry-After on 429, with at most 10 % jitter on top', () => {
    const limited = http(429, { retryAfterMs: 3000, retryAfterGiven: true });
    expect(decide(limited, 1, 'submit', 0)).toEqual({ retry: true, delayMs: 3000, reason: 'Retry-After' });
    expect(decide(limited, 4, 'submit', 0.5)).toEqual({ retry: true, delayMs: 3150, reason: 'Retry-After' });
  });

  it('backs off on a 429 that did not say when to come back', () => {
    expect(decide(http(429, { retryAfterMs: 10_000, retryAfterGiven: false }), 2, 'submit', 0)).toEqual({ retry: true, delayMs: 1000, reason: 'HTTP 429' });
  });

  it('does not wait for a Retry-After beyond the policy limit', () => {
    expect(decide(http(429, { retryAfterMs: 3_600_000, retryAfterGiven: true }), 1, 'submit')).toEqual({ retry: false, reason: 'the provider asked to wait 3600 s' });
  });

  it('retries network errors, but not a submit whose answer was lost or unreadable', () => {
    const refused = new AppError('PROVIDER_ERROR', 'refused', { retryable: true, timedOut: false, maybeSubmitted: true });
    const timedOut = new AppError('PROVIDER_ERROR', 'timeout', { retryable: true, timedOut: true, maybeSubmitted: true });
    const malformed = new AppError('PROVIDER_ERROR', 'bad json', { retryable: true, malformed: true, maybeSubmitted: true });
    expect(decide(refused, 1, 'submit', 0)).toEqual({ retry: true, delayMs: 500, reason: 'PROVIDER_ERROR' });
    expect(decide(timedOut, 1, 'submit').retry).toBe(false);
    expect(decide(malformed, 1, 'submit').retry).toBe(false);
    expect(decide(new AppError('PROVIDER_ERROR', 'timeout', { retryable: true, timedOut: true }), 1, 'poll', 0)).toEqual({ retry: true, delayMs: 500, reason: 'PROVIDER_ERROR' });
  });

  it('gives up after maxAttempts and on errors not marked retryable', () => {
    expect(decide(http(502), DEFAULT_RETRY_POLICY.maxAttempts)).toEqual({ retry: false, reason: 'gave up after 5 attempts' });
    expect(decide(new AppError('PROVIDER_ERROR', 'task failed', { retryable: false }))).toEqual({ retry: false, reason: 'PROVIDER_ERROR is not retryable' });
  });
});
