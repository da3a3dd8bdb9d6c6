import { AppError } from '../../shared/app-error';
import type { SecretName, SecretStore } from '../../ports/secret-store';
import type { ProviderId } from '../provider';
import type { ProviderLog } from './provider-deps';
import { malformedResponse, missingKeyError, networkError, PROVIDER_NAMES, type Operation } from './provider-errors';
import { redactAppError } from './redact';

/** Turns a vendor SDK's error into an AppError, or null to use the generic rules. */
export type Classify = (err: unknown, ctx: { operation: Operation; remoteId?: string; keySource: string }) => AppError | null;

export interface RunnerConfig {
  provider: ProviderId & SecretName;
  secrets: SecretStore;
  classify: Classify;
  log?: ProviderLog;
}

export interface RunOptions {
  operation: Operation;
  signal?: AbortSignal;
  remoteId?: string;
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE', 'ETIMEDOUT', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

function causeCode(err: Error): string | undefined {
  const cause = (err as { cause?: unknown }).cause;
  const code = cause && typeof cause === 'object' ? (cause as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

/** Rules shared by fetch-based code: timeouts, dropped connections, unreadable JSON. */
export function genericError(err: unknown, { provider, operation }: { provider: ProviderId; operation: Operation }): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof Error) {
    if (err.name === 'TimeoutError') return networkError({ provider, operation, timedOut: true, reason: 'timeout' });
    if (err instanceof SyntaxError) return malformedResponse({ provider, operation, problem: 'the body is not valid JSON' });
    const code = causeCode(err);
    if (err.name === 'TypeError' && (err.message === 'fetch failed' || (code !== undefined && NETWORK_CODES.has(code)))) {
      const timedOut = code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'ETIMEDOUT';
      return networkError({ provider, operation, timedOut, reason: code ?? err.message });
    }
    return new AppError('PROVIDER_ERROR', `${PROVIDER_NAMES[provider]} call failed unexpectedly while running ${operation}: ${err.message}`, {
      provider,
      operation,
      retryable: false,
    });
  }
  return new AppError('PROVIDER_ERROR', `${PROVIDER_NAMES[provider]} call failed unexpectedly while running ${operation}.`, { provider, operation, retryable: false });
}

/**
 * The single choke point every adapter operation goes through: reads the key, runs the call,
 * maps whatever was thrown to an AppError and masks the key in it before anything can log or
 * show it.
 */
export function createRunner(cfg: RunnerConfig) {
  const keySource = cfg.secrets.describe(cfg.provider);
  return async function run<T>(opts: RunOptions, fn: (key: string) => Promise<T>): Promise<T> {
    const { operation } = opts;
    const secret = await cfg.secrets.get(cfg.provider);
    if (!secret) throw missingKeyError(cfg.provider, keySource);
    const key = secret.reveal();
    try {
      return await fn(key);
    } catch (err) {
      let mapped: AppError;
      if (opts.signal?.aborted) {
        mapped = new AppError('CANCELLED', `${PROVIDER_NAMES[cfg.provider]}: ${operation} was cancelled.`, { provider: cfg.provider, operation, retryable: false });
      } else {
        const ctx = { operation, keySource, ...(opts.remoteId ? { remoteId: opts.remoteId } : {}) };
        mapped = (err instanceof AppError ? err : cfg.classify(err, ctx)) ?? genericError(err, { provider: cfg.provider, operation });
      }
      const clean = redactAppError(mapped, [key]);
      cfg.log?.({ level: 'warn', provider: cfg.provider, event: `${operation}-failed`, fields: { code: clean.code, message: clean.message, remoteId: opts.remoteId } });
      throw clean;
    }
  };
}

export type Runner = ReturnType<typeof createRunner>;
