import { describe, expect, it } from 'vitest';
import type { AdloomBridge } from '../../../preload/contract/api';
import { pickTransport, type PageEnvironment } from './pick-transport';

function page(href: string, bridge?: AdloomBridge): PageEnvironment & { replaced: (string | URL | null | undefined)[] } {
  const replaced: (string | URL | null | undefined)[] = [];
  return { location: { href }, history: { replaceState: (_d, _u, url) => void replaced.push(url) }, bridge, replaced };
}

describe('pickTransport', () => {
  it('uses the Electron bridge when the preload exposed one, and passes calls straight to it', async () => {
    const calls: [string, unknown][] = [];
    const bridge = {
      invoke: (name: string, input: unknown) => {
        calls.push([name, input]);
        return Promise.resolve({ ok: true, value: 'pong' });
      },
      on: () => () => undefined,
    } as unknown as AdloomBridge;
    const env = page('app://adloom/index.html', bridge);
    const transport = pickTransport(env);
    expect(transport.mode).toBe('electron');
    expect(await transport.invoke('app.info', {})).toEqual({ ok: true, value: 'pong' });
    expect(calls).toEqual([['app.info', {}]]);
    expect(env.replaced).toEqual([]);
  });

  it('falls back to the socket in a plain browser and removes the token from the address bar', () => {
    const env = page('http://127.0.0.1:5173/?token=abc_DEF-1&view=x#top');
    expect(pickTransport(env).mode).toBe('browser');
    expect(env.replaced).toEqual(['/?view=x#top']);
  });

  it('leaves the address bar alone when there is no token (a reload: the cookie carries it)', () => {
    const env = page('http://127.0.0.1:5173/');
    pickTransport(env);
    expect(env.replaced).toEqual([]);
  });
});
