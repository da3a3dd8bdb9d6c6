import { APIConnectionError, APIConnectionTimeoutError, APIError } from '@runwayml/sdk';
import type { AppError } from '../../../shared/app-error';
import type { Classify } from '../operation-runner';
import { errorFromHttp, networkError } from '../provider-errors';
import { parseRetryAfterMs } from '../retry-after';
import { ErrorBody } from './runway-schemas';

// The body Runway sends when credits run out (status not documented; seen as 400), §1.10.
const NO_CREDIT = /not have enough credits|insufficient credits|out of credits/i;

/** "ratio: Invalid option …; promptText: Too big" from the error envelope. */
export function reasonFromRunwayBody(body: unknown): { reason: string; text: string } {
  const parsed = ErrorBody.safeParse(body);
  if (!parsed.success) return { reason: typeof body === 'string' ? body.slice(0, 200) : '', text: '' };
  const text = parsed.data.error ?? '';
  const issues = (parsed.data.issues ?? []).map((i) => `${i.path?.join('.') || 'body'}: ${i.message ?? 'invalid'}`);
  return { reason: (issues.length ? issues.join('; ') : text).slice(0, 400), text };
}

export const classifyRunwayError: Classify = (err, ctx): AppError | null => {
  if (err instanceof APIConnectionTimeoutError) return networkError({ provider: 'runway', operation: ctx.operation, timedOut: true, reason: 'timeout' });
  if (err instanceof APIConnectionError) return networkError({ provider: 'runway', operation: ctx.operation, timedOut: false, reason: 'connection failed' });
  if (!(err instanceof APIError) || typeof err.status !== 'number') return null;
  const { reason, text } = reasonFromRunwayBody(err.error);
  return errorFromHttp({
    provider: 'runway',
    operation: ctx.operation,
    status: err.status,
    reason,
    outOfCredit: NO_CREDIT.test(text),
    retryAfterMs: err.status === 429 ? parseRetryAfterMs({ headers: err.headers ?? null, bodyText: text }) : null,
    keySource: ctx.keySource,
    ...(ctx.remoteId ? { remoteId: ctx.remoteId } : {}),
  });
};
