import type { AppError } from '../../../shared/app-error';
import type { Classify } from '../operation-runner';
import { errorFromHttp } from '../provider-errors';
import { parseRetryAfterMs } from '../retry-after';
import { ProblemBody } from './replicate-schemas';

interface ApiErrorLike {
  name: string;
  message: string;
  response: Response;
}

function isApiError(err: unknown): err is ApiErrorLike {
  return err instanceof Error && err.name === 'ApiError' && (err as { response?: unknown }).response instanceof Response;
}

/**
 * The client's ApiError message is "Request to <url> failed with status <code> <text>: <body>."
 * and the body has already been read, so it is taken back out of the message.
 */
export function bodyFromApiErrorMessage(message: string, status: number): string {
  const marker = message.indexOf(` failed with status ${status}`);
  const colon = marker === -1 ? -1 : message.indexOf(': ', marker);
  if (colon === -1) return '';
  return message.slice(colon + 2).replace(/\.$/, '');
}

/** A short reason from a problem body: invalid fields first (they name the field), else detail/title. */
export function reasonFromBody(bodyText: string): string {
  let json: unknown;
  try {
    json = JSON.parse(bodyText);
  } catch {
    return bodyText.slice(0, 200);
  }
  const body = ProblemBody.safeParse(json);
  if (!body.success) return bodyText.slice(0, 200);
  const fields = body.data.invalid_fields?.map((f) => f.description ?? f.field).filter(Boolean) ?? [];
  if (fields.length > 0) return fields.join('; ');
  const detail = typeof body.data.detail === 'string' ? body.data.detail.trim() : '';
  return (detail || body.data.title || '').slice(0, 300);
}

export const classifyReplicateError: Classify = (err, ctx): AppError | null => {
  if (!isApiError(err)) return null;
  const status = err.response.status;
  const bodyText = bodyFromApiErrorMessage(err.message, status);
  return errorFromHttp({
    provider: 'replicate',
    operation: ctx.operation,
    status,
    reason: reasonFromBody(bodyText),
    retryAfterMs: status === 429 ? parseRetryAfterMs({ headers: err.response.headers, bodyText }) : null,
    keySource: ctx.keySource,
    ...(ctx.remoteId ? { remoteId: ctx.remoteId } : {}),
  });
};
