import { describe, expect, it } from 'vitest';
import { singleShotFetch } from './single-shot-fetch';

describe('singleShotFetch', () => {
  it('replays the first answer to repeated calls with the same init, and fetches again for a new init', async () => {
    let calls = 0;
    const base = async (): Promise<Response> => {
      calls += 1;
      return new Response('{"detail":"throttled"}', { status: 429, headers: { 'retry-after': '3' } });
    };
    const f = singleShotFetch(1000, base);
    const init: RequestInit = { method: 'POST' };
    const first = await f('http://x/', init);
    const again = await f('http://x/', init);
    expect([first.status, again.status, await again.text(), await first.text()]).toEqual([429, 429, '{"detail":"throttled"}', '{"detail":"throttled"}']);
    expect(calls).toBe(1);
    await f('http://x/', { method: 'POST' });
    expect(calls).toBe(2);
  });

  it('replays a network failure instead of retrying it', async () => {
    let calls = 0;
    const f = singleShotFetch(1000, () => {
      calls += 1;
      return Promise.reject(new TypeError('fetch failed'));
    });
    const init: RequestInit = {};
    await expect(f('http://x/', init)).rejects.toThrow('fetch failed');
    await expect(f('http://x/', init)).rejects.toThrow('fetch failed');
    expect(calls).toBe(1);
  });
});
