/**
 * Shares one running promise per key: callers asking for the same thing while it is being made
 * get the same answer instead of starting the work again. Settled work is forgotten, so a
 * failure is retried by the next caller (and finished work is read from its own cache).
 */
export interface InFlight<T> {
  run(key: string, work: () => Promise<T>): Promise<T>;
  /** Keys whose work has not settled yet. */
  size(): number;
}

export function createInFlight<T>(): InFlight<T> {
  const running = new Map<string, Promise<T>>();
  return {
    run(key, work) {
      const existing = running.get(key);
      if (existing !== undefined) return existing;
      const promise = work().finally(() => running.delete(key));
      running.set(key, promise);
      return promise;
    },
    size: () => running.size,
  };
}
