import { AppError } from '../../shared/app-error';
import type { ProviderId } from '../provider';
import { DEFAULT_RETRY_AFTER_MS } from './retry-after';

export type Operation = 'submit' | 'poll' | 'cancel' | 'download' | 'test-key' | 'list-voices' | 'upload';

export const PROVIDER_NAMES: Record<ProviderId, string> = { replicate: 'Replicate', runway: 'Runway', elevenlabs: 'ElevenLabs' };

const DOING: Record<Operation, string> = {
  submit: 'starting the generation',
  poll: 'checking the generation',
  cancel: 'cancelling the generation',
  download: 'downloading the result',
  'test-key': 'testing the key',
  'list-voices': 'listing voices',
  upload: 'uploading the image',
};

export interface HttpFailure {
  provider: ProviderId;
  operation: Operation;
  status: number;
  /** Short reason already extracted from the vendor's error body. */
  reason: string;
  /** The vendor said "no credit" in its own way (Runway 400 text, ElevenLabs quota_exceeded). */
  outOfCredit?: boolean;
  retryAfterMs?: number | null;
  /** Where the key is set, for AUTH_FAILED messages ("the environment variable …"). */
  keySource?: string;
  remoteId?: string;
  extra?: Record<string, unknown>;
}

/** The one status → code table for every provider (see provider.ts for the contract). */
export function errorFromHttp(f: HttpFailure): AppError {
  const name = PROVIDER_NAMES[f.provider];
  const base = { provider: f.provider, operation: f.operation, status: f.status, ...(f.remoteId ? { remoteId: f.remoteId } : {}), ...f.extra };
  const why = f.reason ? `: ${f.reason}` : '';
  if (f.outOfCredit || f.status === 402) {
    return new AppError('OUT_OF_CREDIT', `${name} says the account is out of credit (${f.status}${why}). Add credit or billing in your ${name} account, then try again.`, {
      ...base,
      retryable: false,
    });
  }
  if (f.status === 401 || f.status === 403) {
    const where = f.keySource ? ` Check ${f.keySource}.` : '';
    return new AppError('AUTH_FAILED', `${name} rejected the API key while ${DOING[f.operation]} (${f.status}${why}).${where}`, { ...base, retryable: false });
  }
  if (f.status === 429) {
    const retryAfterMs = f.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS;
    return new AppError('RATE_LIMITED', `${name} is limiting requests (429${why}); try again in ${Math.ceil(retryAfterMs / 1000)} s.`, {
      ...base,
      retryable: true,
      retryAfterMs,
      retryAfterGiven: f.retryAfterMs !== undefined && f.retryAfterMs !== null,
    });
  }
  if (f.status === 404) {
    const what = f.remoteId ? `task ${f.remoteId}` : 'the requested resource';
    return new AppError('NOT_FOUND', `${name} could not find ${what} (404${why}); it may have been cancelled, deleted or expired.`, { ...base, retryable: false });
  }
  if (f.status === 400 || f.status === 413 || f.status === 422) {
    return new AppError('BAD_INPUT', `${name} rejected the request while ${DOING[f.operation]} (${f.status}${why}).`, { ...base, retryable: false });
  }
  const retryable = f.status === 408 || f.status === 409 || f.status >= 500;
  const hint = retryable ? ' This is usually temporary; try again later.' : '';
  return new AppError('PROVIDER_ERROR', `${name} failed while ${DOING[f.operation]} (HTTP ${f.status}${why}).${hint}`, { ...base, retryable });
}

/**
 * No usable answer: connection refused, reset, timed out. A submit that fails this way may
 * still have created the task (the request may have arrived), so it says so.
 */
export function networkError(args: { provider: ProviderId; operation: Operation; timedOut: boolean; reason: string }): AppError {
  const name = PROVIDER_NAMES[args.provider];
  const what = args.timedOut ? 'did not answer in time' : `could not be reached (${args.reason})`;
  const maybe = args.operation === 'submit' ? ' The task may or may not have been created.' : '';
  return new AppError('PROVIDER_ERROR', `${name} ${what} while ${DOING[args.operation]}.${maybe} Check the connection and try again.`, {
    provider: args.provider,
    operation: args.operation,
    retryable: true,
    timedOut: args.timedOut,
    ...(args.operation === 'submit' ? { maybeSubmitted: true } : {}),
  });
}

/** The answer arrived but is not what the protocol says (bad JSON, wrong shape). */
export function malformedResponse(args: { provider: ProviderId; operation: Operation; problem: string }): AppError {
  const name = PROVIDER_NAMES[args.provider];
  return new AppError('PROVIDER_ERROR', `${name} sent an answer Adloom cannot read while ${DOING[args.operation]} (${args.problem}). Try again later.`, {
    provider: args.provider,
    operation: args.operation,
    retryable: true,
    malformed: true,
    ...(args.operation === 'submit' ? { maybeSubmitted: true } : {}),
  });
}

export function missingKeyError(provider: ProviderId, keySource: string): AppError {
  return new AppError('AUTH_FAILED', `No ${PROVIDER_NAMES[provider]} API key is set. Set ${keySource}.`, { provider, retryable: false, missingKey: true });
}
