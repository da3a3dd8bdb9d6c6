import { ApiError } from '../api';

/** A failure as one line for a person: the contract's message (it names the input and the reason). */
export function errorText(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  if (err instanceof Error) return err.message;
  return String(err);
}

export function errorCode(err: unknown): string | null {
  return err instanceof ApiError ? err.code : null;
}
