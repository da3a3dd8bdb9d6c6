/** Used when a 429 says nothing about when to come back. */
export const DEFAULT_RETRY_AFTER_MS = 10_000;

/**
 * How long a 429 asks us to wait: `retry-after-ms`, `Retry-After` (seconds or an HTTP date),
 * or Replicate's body text ("Expected available in 1 second.", "resets in ~30s").
 * Null when nothing says.
 */
export interface RetryAfterSource {
  headers: { get(name: string): string | null } | null;
  bodyText?: string;
  now?: number;
}

export function parseRetryAfterMs({ headers, bodyText = '', now = Date.now() }: RetryAfterSource): number | null {
  const ms = headers?.get('retry-after-ms');
  if (ms && /^\d+(\.\d+)?$/.test(ms.trim())) return Math.ceil(Number(ms));
  const ra = headers?.get('retry-after')?.trim();
  if (ra) {
    if (/^\d+(\.\d+)?$/.test(ra)) return Math.ceil(Number(ra) * 1000);
    const at = Date.parse(ra);
    if (!Number.isNaN(at)) return Math.max(0, at - now);
  }
  const inBody = /available in (\d+(?:\.\d+)?) seconds?/i.exec(bodyText) ?? /resets in ~?(\d+(?:\.\d+)?)\s*s/i.exec(bodyText);
  if (inBody?.[1]) return Math.ceil(Number(inBody[1]) * 1000);
  return null;
}
