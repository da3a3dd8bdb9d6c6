import { describe, expect, it } from 'vitest';
import { parseRetryAfterMs } from './retry-after';

const h = (o: Record<string, string>): Headers => new Headers(o);

describe('parseRetryAfterMs', () => {
  it('reads retry-after-ms, Retry-After seconds and HTTP dates', () => {
    expect(parseRetryAfterMs({ headers: h({ 'retry-after-ms': '250' }) })).toBe(250);
    expect(parseRetryAfterMs({ headers: h({ 'retry-after': '3' }) })).toBe(3000);
    const now = Date.parse('2026-11-22T10:00:00Z');
    expect(parseRetryAfterMs({ headers: h({ 'retry-after': 'Sun, 22 Nov 2026 10:00:05 GMT' }), now })).toBe(5000);
  });
  it("reads Replicate's body texts, else null", () => {
    expect(parseRetryAfterMs({ headers: null, bodyText: '{"detail":"Request was throttled. Expected available in 1 second."}' })).toBe(1000);
    expect(parseRetryAfterMs({ headers: h({}), bodyText: 'Your rate limit resets in ~30s.' })).toBe(30_000);
    expect(parseRetryAfterMs({ headers: h({}), bodyText: 'slow down' })).toBeNull();
  });
});
