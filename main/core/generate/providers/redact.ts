import { AppError } from '../../shared/app-error';

const MASK = '[redacted]';

/** Replaces every occurrence of each secret (and its Bearer form) in a text. */
export function redactText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    // Very short values would mask ordinary words; real keys are long.
    if (secret.length < 8) continue;
    out = out.split(secret).join(MASK);
  }
  return out;
}

function redactValue(value: unknown, secrets: readonly string[], depth: number): unknown {
  if (typeof value === 'string') return redactText(value, secrets);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => redactValue(v, secrets, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = redactValue(v, secrets, depth + 1);
  return out;
}

/**
 * A copy of the error with the secrets masked in message, details and stack. The cause is
 * dropped on purpose: SDK errors keep the request (with its Authorization header) on them.
 */
export function redactAppError(err: AppError, secrets: readonly string[]): AppError {
  const details = err.details === undefined ? undefined : (redactValue(err.details, secrets, 0) as Record<string, unknown>);
  const clean = new AppError(err.code, redactText(err.message, secrets), details);
  clean.stack = redactText(err.stack ?? '', secrets).replace(/^AppError: .*$/m, () => `AppError: ${clean.message}`);
  return clean;
}

/** Poll results carry the task's own error (with provider text that could echo anything). */
export function redactPollError<T extends { error?: AppError }>(result: T, secrets: readonly string[]): T {
  return result.error ? { ...result, error: redactAppError(result.error, secrets) } : result;
}
