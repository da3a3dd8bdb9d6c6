import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createApiClient } from '../../../renderer/src/api/api-client';
import { ApiError } from '../../../renderer/src/api/api-error';
import { createWsTransport } from '../../../renderer/src/api/ws-transport';
import { tinyMedia, type TinyMedia } from '../contract/tiny-media';
import { testServer, type TestServer } from './server-env';

let media: TinyMedia;
beforeAll(async () => {
  media = await tinyMedia();
});

/** The renderer's own client and socket transport, driven against a real browser-mode server. */
function rendererClient(server: TestServer) {
  const origin = `http://${server.host}`;
  // What a page's WebSocket does implicitly: send its Origin.
  class PageSocket extends WebSocket {
    constructor(url: string | URL) {
      super(url, { headers: { origin } });
    }
  }
  const transport = createWsTransport({
    socketUrl: `ws://${server.host}/ws?token=${server.token}`,
    token: server.token,
    WebSocketImpl: PageSocket as unknown as typeof globalThis.WebSocket,
    fetchImpl: (input, init) => fetch(new URL(String(input), origin), init),
  });
  return createApiClient(transport);
}

describe('renderer api client over the socket', () => {
  it('calls commands with typed results and throws ApiError with the code on failure', async () => {
    const server = await testServer();
    const api = rendererClient(server);
    expect(api.mode).toBe('browser');
    const info = await api.call('app.info', {});
    expect(info.mode).toBe('browser');
    const created = await api.call('projects.create', { name: 'From the renderer' });
    expect((await api.call('projects.list', {})).map((p) => p.id)).toEqual([created.summary.id]);
    const failure = await api.call('document.load', { projectId: 'nope nope' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ code: 'BAD_INPUT', command: 'document.load', details: { path: ['projectId'] } });
    expect(api.mediaUrl('a'.repeat(64), 'thumbnail')).toBe(`/media/${'a'.repeat(64)}/thumbnail`);
  });

  it('receives events and stops when unsubscribed', async () => {
    const server = await testServer();
    const api = rendererClient(server);
    const saved: string[] = [];
    const off = api.on('project.saved', (p) => saved.push(p.name));
    const { summary } = await api.call('projects.create', { name: 'A' });
    await api.call('projects.rename', { projectId: summary.id, name: 'B' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    off();
    await api.call('projects.rename', { projectId: summary.id, name: 'C' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(saved).toEqual(['B']);
  });

  it('uploads a dropped file and imports it by upload id; an oversized one is a BAD_INPUT ApiError', async () => {
    const server = await testServer({ uploadLimitBytes: 64 * 1024 });
    const api = rendererClient(server);
    const file = new File([fs.readFileSync(media.png)], 'Dropped photo.png');
    const receipt = await api.upload(file);
    const result = await api.call('media.import', { sources: [{ uploadId: receipt.uploadId }] });
    expect(result.imported.map((i) => i.asset.originalName)).toEqual(['Dropped photo.png']);
    const big = new File([new Uint8Array(65 * 1024)], 'huge.png');
    await expect(api.upload(big)).rejects.toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('upload limit') });
  });
});
