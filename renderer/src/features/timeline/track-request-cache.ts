import { useEffect, useSyncExternalStore } from 'react';

/**
 * One request per key for the whole timeline: 200 items showing the same asset share one
 * media.filmstrip / media.waveform call. A failure is remembered as null (the item shows its
 * fallback, nothing is logged: the timeline works without the picture) and retried only after
 * `retryAfterMs`, so a handler that is not ready yet is asked again later, not 200 times a second.
 */
export interface RequestCache<T> {
  /** The value once loaded, null after a failure, undefined while unknown or loading. */
  peek(key: string): T | null | undefined;
  /** Starts the request unless one is under way or answered (failures: unless recent). */
  load(key: string): Promise<T | null>;
  subscribe(key: string, listener: () => void): () => void;
}

interface Entry<T> {
  promise: Promise<T | null>;
  value: T | null | undefined;
  failedAt: number | null;
}

export function createRequestCache<T>({ fetch, retryAfterMs = 30_000, now = Date.now }: { fetch: (key: string) => Promise<T>; retryAfterMs?: number; now?: () => number }): RequestCache<T> {
  const entries = new Map<string, Entry<T>>();
  const listeners = new Map<string, Set<() => void>>();
  const notify = (key: string): void => listeners.get(key)?.forEach((listener) => listener());

  function start(key: string, previous: T | null | undefined): Entry<T> {
    const entry: Entry<T> = { promise: Promise.resolve(null), value: previous, failedAt: null };
    entry.promise = fetch(key).then(
      (value) => {
        entry.value = value;
        notify(key);
        return value;
      },
      () => {
        entry.value = null;
        entry.failedAt = now();
        notify(key);
        return null;
      },
    );
    entries.set(key, entry);
    return entry;
  }

  return {
    peek: (key) => entries.get(key)?.value,
    load(key) {
      const entry = entries.get(key);
      if (entry === undefined) return start(key, undefined).promise;
      if (entry.failedAt !== null && now() - entry.failedAt >= retryAfterMs) return start(key, entry.value).promise;
      return entry.promise;
    },
    subscribe(key, listener) {
      const set = listeners.get(key) ?? new Set();
      set.add(listener);
      listeners.set(key, set);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(key);
      };
    },
  };
}

/** The cached value for `key` (null = failed or no key, undefined = loading); asks for it on mount. */
export function useCachedRequest<T>(cache: RequestCache<T>, key: string | null): T | null | undefined {
  const value = useSyncExternalStore(
    (listener) => (key === null ? () => undefined : cache.subscribe(key, listener)),
    () => (key === null ? null : cache.peek(key)),
  );
  useEffect(() => {
    if (key !== null) void cache.load(key);
  }, [cache, key]);
  return value;
}
