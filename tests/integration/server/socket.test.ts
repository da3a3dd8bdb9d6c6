import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tinyMedia, type TinyMedia } from '../contract/tiny-media';
import { openSocket, pageHeaders, request, socketClient, testServer, type TestServer } from './server-env';

let media: TinyMedia;
beforeAll(async () => {
  media = await tinyMedia();
});

async function connect(server: TestServer) {
  const outcome = await openSocket(server);
  if (!outcome.opened) throw new Error(`socket refused: ${outcome.status}`);
  return { ws: outcome.ws, client: socketClient(outcome.ws) };
}

describe('the contract over WebSocket', () => {
  it('round-trips commands and pushes events to every connected tab', async () => {
    const server = await testServer();
    const a = await connect(server);
    const b = await connect(server);
    const info = await a.client.call('app.info', {});
    expect(info).toMatchObject({ ok: true, value: { version: '9.9.9-test', mode: 'browser', capabilities: { dialogs: true, uploads: true } } });
    const created = await a.client.call('projects.create', { name: 'Socket' });
    const id = (created.value as { summary: { id: string } }).summary.id;
    await a.client.call('projects.rename', { projectId: id, name: 'Socket 2' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(b.client.events.map((e) => [e.name, (e.payload as { name: string }).name])).toEqual([['project.saved', 'Socket 2']]);
    a.ws.close();
    b.ws.close();
  });

  it('answers a malformed call that has an id with BAD_INPUT, and closes on frames it cannot answer', async () => {
    const server = await testServer();
    const { ws, client } = await connect(server);
    const answer = new Promise((resolve) => ws.once('message', (d) => resolve(JSON.parse(d.toString()))));
    ws.send(JSON.stringify({ t: 'call', id: 7, name: 42 }));
    expect(await answer).toMatchObject({ t: 'result', id: 7, result: { ok: false, error: { code: 'BAD_INPUT', details: { path: ['name'] } } } });
    const closed = client.closed();
    ws.send('not json');
    expect((await closed).code).toBe(1007);
  });

  it('imports a dropped file from its uploaded bytes, keeps its name, and forgets the upload', async () => {
    const server = await testServer();
    const { ws, client } = await connect(server);
    const bytes = fs.readFileSync(media.png);
    const upload = await request(server.port, { path: '/upload?name=My%20Product.png', method: 'POST', headers: pageHeaders(server, { origin: `http://${server.host}` }), body: bytes });
    expect(upload.status).toBe(201);
    const receipt = JSON.parse(upload.body.toString()) as { uploadId: string; name: string; byteSize: number };
    expect(receipt).toMatchObject({ name: 'My Product.png', byteSize: bytes.length });

    const result = await client.call('media.import', { sources: [{ uploadId: receipt.uploadId }] });
    const value = result.value as { imported: { name: string; asset: { originalName: string; kind: string } }[] };
    expect(value.imported.map((i) => [i.name, i.asset.originalName, i.asset.kind])).toEqual([['My Product.png', 'My Product.png', 'image']]);

    const again = await client.call('media.import', { sources: [{ uploadId: receipt.uploadId }] });
    expect((again.value as { failed: { code: string }[] }).failed.map((f) => f.code)).toEqual(['NOT_FOUND']);
    const left = fs.readdirSync(path.join(server.dataDir, 'uploads'), { recursive: true }).map(String);
    expect(left.filter((f) => f.endsWith('.png'))).toEqual([]);
    ws.close();
  });
});
