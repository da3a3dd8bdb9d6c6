import { describe, expect, it } from 'vitest';
import { createInFlight } from './in-flight';

function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void } {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('createInFlight', () => {
  it('runs the work once for callers of the same key while it runs, once per key', async () => {
    const inFlight = createInFlight<string>();
    const gate = deferred<string>();
    let calls = 0;
    const work = (): Promise<string> => {
      calls += 1;
      return gate.promise;
    };
    const a = inFlight.run('k', work);
    const b = inFlight.run('k', work);
    const other = inFlight.run('other', () => Promise.resolve('o'));
    expect(a).toBe(b);
    expect(inFlight.size()).toBe(2);
    gate.resolve('done');
    expect(await Promise.all([a, b, other])).toEqual(['done', 'done', 'o']);
    expect(calls).toBe(1);
    expect(inFlight.size()).toBe(0);
  });

  it('forgets settled work, so a failure is tried again by the next caller', async () => {
    const inFlight = createInFlight<number>();
    await expect(inFlight.run('k', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(inFlight.size()).toBe(0);
    expect(await inFlight.run('k', () => Promise.resolve(2))).toBe(2);
  });
});
