import { BRIDGE_GLOBAL, type AdloomBridge } from '../../../preload/contract/api';
import { TOKEN_QUERY, WS_PATH } from '../../../preload/contract/wire';
import { createIpcTransport } from './ipc-transport';
import type { Transport } from './transport';
import { createWsTransport } from './ws-transport';

/** The bits of `window` the choice needs, so it can be exercised without a browser. */
export interface PageEnvironment {
  location: { href: string };
  history: { replaceState(data: unknown, unused: string, url?: string | URL | null): void };
  bridge: AdloomBridge | undefined;
}

export function pageEnvironment(win: Window): PageEnvironment {
  return { location: win.location, history: win.history, bridge: (win as unknown as Record<string, AdloomBridge | undefined>)[BRIDGE_GLOBAL] };
}

/**
 * Picks the transport once, at start: the Electron preload's bridge when it exists, otherwise
 * the browser-mode socket on this page's own origin. The token is read from the address bar and
 * removed from it at once (it stays in memory, and the server's HttpOnly cookie covers reloads),
 * so it does not linger in history or screenshots.
 */
export function pickTransport(env: PageEnvironment): Transport {
  if (env.bridge !== undefined) return createIpcTransport(env.bridge);
  const page = new URL(env.location.href);
  const token = page.searchParams.get(TOKEN_QUERY);
  if (token !== null) {
    page.searchParams.delete(TOKEN_QUERY);
    env.history.replaceState(null, '', `${page.pathname}${page.search}${page.hash}`);
  }
  const scheme = page.protocol === 'https:' ? 'wss:' : 'ws:';
  const query = token === null ? '' : `?${TOKEN_QUERY}=${encodeURIComponent(token)}`;
  return createWsTransport({ socketUrl: `${scheme}//${page.host}${WS_PATH}${query}`, token });
}
