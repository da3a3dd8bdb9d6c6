import { AppError } from '../../shared/app-error';
import type { KeyTestResult } from '../provider';

/**
 * The key-test answer an error stands for, or null when the error says nothing about the key
 * (network, 5xx, 429: the caller rethrows those, since "can't tell" is not "invalid").
 */
export function keyTestOutcome(err: unknown): KeyTestResult | null {
  if (!(err instanceof AppError)) return null;
  if (err.details?.missingKey === true) return { status: 'missing', message: err.message };
  if (err.code === 'AUTH_FAILED') return { status: 'invalid', message: err.message };
  if (err.code === 'OUT_OF_CREDIT') return { status: 'out-of-credit', message: err.message };
  return null;
}

/** Runs one step of a key test and turns key-related errors into a result. */
export async function keyStep<T>(step: () => Promise<T>): Promise<{ value: T } | { result: KeyTestResult }> {
  try {
    return { value: await step() };
  } catch (err) {
    const result = keyTestOutcome(err);
    if (result) return { result };
    throw err;
  }
}
