import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandName, CommandOutput } from '../../../preload/contract/api';
import type { RenderFinishedDto } from '../../../preload/contract/dto/render-dto';
import { renderableProject, waitForEvent } from '../contract/render-fixture';
import { openSocket, pageHeaders, request, socketClient, testServer, type TestServer } from './server-env';

/** A page's view of the server: the contract over the socket, events collected. */
async function page(server: TestServer) {
  const outcome = await openSocket(server);
  if (!outcome.opened) throw new Error(`socket refused: ${outcome.status}`);
  const client = socketClient(outcome.ws);
  return {
    client,
    events: client.events,
    async value<N extends CommandName>(name: N, input: unknown): Promise<CommandOutput<N>> {
      const result = await client.call(name, input);
      if (!result.ok) throw new Error(`${name} failed: ${result.error?.code} ${result.error?.message}`);
      return result.value as CommandOutput<N>;
    },
  };
}

async function finishedRender(p: Awaited<ReturnType<typeof page>>, name: 'render.start' | 'render.preview', input: unknown): Promise<RenderFinishedDto> {
  const { renderId } = await p.value(name, input);
  const finished = await waitForEvent<RenderFinishedDto>(p, 'render.finished', (f) => f.renderId === renderId);
  expect(finished.state).toBe('succeeded');
  return finished;
}

describe('browser-mode exports', () => {
  it('renders into the data folder and offers the file at /exports/<id> behind the token, with ranges', async () => {
    const server = await testServer();
    const p = await page(server);
    const { projectId } = await renderableProject(p);
    const refused = await p.client.call('render.start', { projectId, outputPath: path.join(server.dataDir, 'x.mp4') });
    expect(refused).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', details: { path: ['outputPath'] } } });

    const finished = await finishedRender(p, 'render.start', { projectId, preset: 'draft' });
    expect(p.events.some((e) => e.name === 'render.progress' && (e.payload as { state: string }).state === 'succeeded')).toBe(true);
    const output = finished.outputs[0];
    const file = output?.path as string;
    expect(path.dirname(file)).toBe(path.join(server.dataDir, 'exports'));
    const bytes = fs.readFileSync(file);

    const whole = await request(server.port, { path: `/exports/${output?.id as string}`, headers: pageHeaders(server) });
    expect(whole.status).toBe(200);
    expect(whole.headers['content-type']).toBe('video/mp4');
    expect(whole.headers['content-disposition']).toBe(`attachment; filename="${path.basename(file)}"; filename*=UTF-8''${encodeURIComponent(path.basename(file))}`);
    expect(whole.body.equals(bytes)).toBe(true);

    const part = await request(server.port, { path: `/exports/${output?.id as string}`, headers: pageHeaders(server, { range: 'bytes=0-99' }) });
    expect(part.status).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 0-99/${bytes.length}`);
    expect(part.body.equals(bytes.subarray(0, 100))).toBe(true);
  });

  it('refuses downloads without the token, from another origin, by unknown id, and outside the export folder', async () => {
    const server = await testServer();
    const p = await page(server);
    const { projectId } = await renderableProject(p);
    const id = (await finishedRender(p, 'render.start', { projectId, preset: 'draft' })).outputs[0]?.id as string;

    expect((await request(server.port, { path: `/exports/${id}`, headers: { host: server.host } })).status).toBe(401);
    expect((await request(server.port, { path: `/exports/${id}`, headers: { host: server.host, 'x-adloom-token': 'wrong' } })).status).toBe(401);
    // A download link the page shows is followed with the session cookie only.
    expect((await request(server.port, { path: `/exports/${id}`, headers: { host: server.host, cookie: `adloom_token=${server.token}` } })).status).toBe(200);
    expect((await request(server.port, { path: `/exports/${id}`, headers: pageHeaders(server, { origin: 'http://evil.example' }) })).status).toBe(403);
    const unknown = await request(server.port, { path: '/exports/00000000-0000-4000-8000-000000000000', headers: pageHeaders(server) });
    expect([unknown.status, unknown.body.toString()]).toEqual([404, 'no such export\n']);
    expect((await request(server.port, { path: '/exports/..%2Fadloom.db', headers: pageHeaders(server) })).status).toBe(404);
    expect((await request(server.port, { path: `/exports/${id}/x`, headers: pageHeaders(server) })).status).toBe(404);

    // A recorded export elsewhere on disk (made by the CLI or the desktop app) is not served.
    const elsewhere = path.join(server.dataDir, 'elsewhere.mp4');
    fs.writeFileSync(elsewhere, 'not for the browser');
    const record = server.ctx.store.exports.record({ projectId, path: elsewhere, preset: '720p', aspect: '9:16', durationMs: 1, byteSize: 19 });
    const outside = await request(server.port, { path: `/exports/${record.id}`, headers: pageHeaders(server) });
    expect([outside.status, outside.body.toString()]).toEqual([404, 'this export is not in the download folder\n']);
  });

  it('plays a finished preview at /media/preview/<id> and nothing else from the cache', async () => {
    const server = await testServer();
    const p = await page(server);
    const { projectId } = await renderableProject(p);
    const previewId = (await finishedRender(p, 'render.preview', { projectId })).outputs[0]?.id as string;
    const bytes = fs.readFileSync(path.join(server.dataDir, 'cache', 'previews', `${previewId}.mp4`));
    const part = await request(server.port, { path: `/media/preview/${previewId}`, headers: pageHeaders(server, { range: 'bytes=10-19' }) });
    expect(part.status).toBe(206);
    expect(part.body.equals(bytes.subarray(10, 20))).toBe(true);
    expect((await request(server.port, { path: `/media/preview/${previewId}`, headers: { host: server.host } })).status).toBe(401);
    expect((await request(server.port, { path: `/media/preview/${'0'.repeat(32)}`, headers: pageHeaders(server) })).status).toBe(404);
    expect((await request(server.port, { path: `/media/preview/${previewId}-full`, headers: pageHeaders(server) })).status).toBe(404);
  });
});
