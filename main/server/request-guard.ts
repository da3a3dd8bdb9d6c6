import type { IncomingHttpHeaders } from 'node:http';
import { TOKEN_COOKIE, TOKEN_HEADER, TOKEN_QUERY } from '../../preload/contract/wire';
import { readCookie, tokenMatches } from './token';

export interface GuardConfig {
  token: string;
  /** Host header values this server answers to (loopback.ts allowedHosts). */
  hosts: string[];
}

export type GuardOutcome = { ok: true; tokenFromQuery: boolean } | { ok: false; status: number; message: string };

const refuse = (status: number, message: string): GuardOutcome => ({ ok: false, status, message });

/**
 * The checks every HTTP request and WebSocket upgrade passes before anything else runs:
 * - Host must name this server, which defeats DNS rebinding (a foreign name resolving to
 *   127.0.0.1 still sends its own name as Host);
 * - Origin, when sent (always, for a WebSocket upgrade from a browser), must be this server's
 *   own origin, so another site's page cannot talk to it;
 * - a browser's Sec-Fetch-Site, when sent, must not be cross-site;
 * - the per-run token must come in the query, a header or the cookie.
 */
export function guardRequest(input: { headers: IncomingHttpHeaders; url: URL; config: GuardConfig; requireOrigin: boolean }): GuardOutcome {
  const { headers, url, config, requireOrigin } = input;
  const host = headers.host?.toLowerCase();
  if (host === undefined || !config.hosts.includes(host)) return refuse(403, `Host "${headers.host ?? ''}" is not this server`);
  const origin = headers.origin;
  if (origin === undefined ? requireOrigin : !config.hosts.some((h) => origin.toLowerCase() === `http://${h}`)) {
    return refuse(403, origin === undefined ? 'a WebSocket upgrade must carry an Origin' : `Origin "${origin}" is not this server`);
  }
  const site = headers['sec-fetch-site'];
  if (site === 'cross-site') return refuse(403, 'cross-site requests are refused');
  const fromQuery = url.searchParams.get(TOKEN_QUERY);
  const fromHeader = headers[TOKEN_HEADER];
  const given = fromQuery ?? (typeof fromHeader === 'string' ? fromHeader : undefined) ?? readCookie(headers.cookie, TOKEN_COOKIE);
  if (given === undefined) return refuse(401, 'missing token: open the URL that "adloom serve" printed');
  if (!tokenMatches(config.token, given)) return refuse(401, 'wrong token: open the URL that "adloom serve" printed');
  return { ok: true, tokenFromQuery: fromQuery !== null };
}
