import { AppError } from '../shared/app-error';

/**
 * Per-provider concurrency: at most `limit(provider)` holders at a time, served first come
 * first served. Waiting is abortable (a cancelled queued job leaves the line).
 */
export interface Slots {
  acquire(provider: string, signal?: AbortSignal): Promise<() => void>;
  /**
   * Takes a slot without waiting, even past the limit: a resumed task is already running at
   * the provider, so it counts against the limit (new submits wait) but must not wait itself.
   */
  claim(provider: string): () => void;
  /** Holders and waiters per provider (tests, status lines). */
  usage(provider: string): { active: number; waiting: number };
}

export function createSlots(limit: (provider: string) => number): Slots {
  const active = new Map<string, number>();
  const waiting = new Map<string, Array<() => void>>();

  const releaser = (provider: string): (() => void) => {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      active.set(provider, (active.get(provider) ?? 1) - 1);
      // Only below the limit: after a claim() went past it, a release may not free a place yet.
      if ((active.get(provider) ?? 0) < limit(provider)) waiting.get(provider)?.shift()?.();
    };
  };

  return {
    acquire(provider, signal) {
      if (signal?.aborted) return Promise.reject(new AppError('CANCELLED', `waiting for a ${provider} slot was cancelled`, { provider }));
      if ((active.get(provider) ?? 0) < limit(provider)) {
        active.set(provider, (active.get(provider) ?? 0) + 1);
        return Promise.resolve(releaser(provider));
      }
      return new Promise((resolve, reject) => {
        const line = waiting.get(provider) ?? [];
        waiting.set(provider, line);
        const onAbort = (): void => {
          const i = line.indexOf(grant);
          if (i >= 0) line.splice(i, 1);
          reject(new AppError('CANCELLED', `waiting for a ${provider} slot was cancelled`, { provider }));
        };
        const grant = (): void => {
          signal?.removeEventListener('abort', onAbort);
          active.set(provider, (active.get(provider) ?? 0) + 1);
          resolve(releaser(provider));
        };
        line.push(grant);
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    },
    claim(provider) {
      active.set(provider, (active.get(provider) ?? 0) + 1);
      return releaser(provider);
    },
    usage(provider) {
      return { active: active.get(provider) ?? 0, waiting: waiting.get(provider)?.length ?? 0 };
    },
  };
}
