import { describe, expect, it } from 'vitest';
import { createRequestCache } from './track-request-cache';

function counting(answer: (key: string, call: number) => Promise<string>): { fetch: (key: string) => Promise<string>; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    fetch: (key) => {
      calls.push(key);
      return answer(key, calls.length);
    },
  };
}

describe('createRequestCache', () => {
  it('asks once per key however many items want it, and keeps the answer', async () => {
    const source = counting(async (key) => `strip of ${key}`);
    const cache = createRequestCache({ fetch: source.fetch });
    expect(cache.peek('a')).toBeUndefined();
    const answers = await Promise.all(Array.from({ length: 200 }, () => cache.load('a')));
    await cache.load('b');
    expect(new Set(answers)).toEqual(new Set(['strip of a']));
    expect(source.calls).toEqual(['a', 'b']);
    expect(cache.peek('a')).toBe('strip of a');
  });

  it('remembers a failure as null and asks again only after retryAfterMs', async () => {
    let clock = 1000;
    const source = counting(async (key, call) => {
      if (call === 1) throw new Error('NOT_IMPLEMENTED');
      return `strip of ${key}`;
    });
    const cache = createRequestCache({ fetch: source.fetch, retryAfterMs: 30_000, now: () => clock });
    expect(await cache.load('a')).toBeNull();
    expect(cache.peek('a')).toBeNull();
    clock += 29_999;
    expect(await cache.load('a')).toBeNull();
    expect(source.calls).toEqual(['a']);
    clock += 1;
    expect(await cache.load('a')).toBe('strip of a');
    expect(source.calls).toEqual(['a', 'a']);
  });

  it('tells the subscribers of a key, and only them, when its answer arrives', async () => {
    const cache = createRequestCache({ fetch: async (key: string) => key.toUpperCase() });
    const heard: string[] = [];
    const stop = cache.subscribe('a', () => heard.push(`a=${cache.peek('a')}`));
    cache.subscribe('b', () => heard.push('b'));
    await cache.load('a');
    stop();
    void cache.load('c');
    await cache.load('c');
    expect(heard).toEqual(['a=A']);
  });
});
