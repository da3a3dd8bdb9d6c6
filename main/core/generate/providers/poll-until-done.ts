import { AppError } from '../../shared/app-error';
import type { PollResult, Provider } from '../provider';

export interface PollUntilDoneOptions {
  provider: Pick<Provider, 'poll' | 'pollIntervalMs' | 'id'>;
  remoteId: string;
  /** Defaults to the provider's suggested interval. */
  intervalMs?: number;
  /** Give up after this long (the remote task keeps running; cancel it separately). */
  timeoutMs?: number;
  signal?: AbortSignal;
  onProgress?: (result: PollResult) => void;
}

const TERMINAL = new Set(['succeeded', 'failed', 'cancelled']);

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new AppError('CANCELLED', 'Waiting for the generation was cancelled.', { retryable: false }));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new AppError('CANCELLED', 'Waiting for the generation was cancelled.', { retryable: false }));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Our own poll loop (never the SDKs' run()/wait()/waitForTaskOutput, see api-protocols.md
 * §1.13 and §2.7): interval injectable, abortable mid-sleep, hard deadline. Errors from poll()
 * propagate; a persistent queue would instead catch and retry them per their details.
 */
export async function pollUntilDone(opts: PollUntilDoneOptions): Promise<PollResult> {
  const interval = opts.intervalMs ?? opts.provider.pollIntervalMs;
  const deadline = opts.timeoutMs === undefined ? Infinity : Date.now() + opts.timeoutMs;
  for (;;) {
    const result = await opts.provider.poll(opts.remoteId, opts.signal ? { signal: opts.signal } : {});
    opts.onProgress?.(result);
    if (TERMINAL.has(result.status)) return result;
    if (Date.now() + interval > deadline) {
      throw new AppError('PROVIDER_ERROR', `${opts.provider.id} task ${opts.remoteId} did not finish in time (last status ${result.providerStatus}).`, {
        provider: opts.provider.id,
        remoteId: opts.remoteId,
        retryable: true,
        timedOut: true,
      });
    }
    await sleep(interval, opts.signal);
  }
}
