import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../main/core/storage/store';
import { startServer } from '../../../main/server/start-server';
import { tempDir } from '../contract/contract-env';
import { openSocket, pageHeaders, request, socketClient, testServer } from './server-env';

describe('browser mode refuses', () => {
  it('HTTP requests without the token or with a wrong one (401), on every route', async () => {
    const server = await testServer();
    for (const p of ['/', '/index.html', '/assets/app.js', `/media/${'a'.repeat(64)}`]) {
      expect((await request(server.port, { path: p, headers: { host: server.host } })).status).toBe(401);
      expect((await request(server.port, { path: `${p}?token=wrong`, headers: { host: server.host } })).status).toBe(401);
      expect((await request(server.port, { path: p, headers: { host: server.host, cookie: 'adloom_token=wrong' } })).status).toBe(401);
    }
    expect((await request(server.port, { path: '/upload?name=a.png', method: 'POST', headers: { host: server.host }, body: 'x' })).status).toBe(401);
  });

  it('a WebSocket upgrade without the token or with a wrong one', async () => {
    const server = await testServer();
    expect(await openSocket(server, { query: '' })).toEqual({ opened: false, status: 401 });
    expect(await openSocket(server, { query: '?token=wrong' })).toEqual({ opened: false, status: 401 });
  });

  it('a foreign Origin on HTTP and on the upgrade, and an upgrade with no Origin', async () => {
    const server = await testServer();
    const withToken = `/?token=${server.token}`;
    expect((await request(server.port, { path: withToken, headers: { host: server.host, origin: 'http://evil.example' } })).status).toBe(403);
    expect(await openSocket(server, { origin: 'http://evil.example' })).toEqual({ opened: false, status: 403 });
    expect(await openSocket(server, { origin: 'null' })).toEqual({ opened: false, status: 403 });
    expect(await openSocket(server, { origin: null })).toEqual({ opened: false, status: 403 });
  });

  it('a foreign Host (DNS rebinding) on HTTP and on the upgrade, even with the right token', async () => {
    const server = await testServer();
    const evilHost = `evil.example:${server.port}`;
    expect((await request(server.port, { path: `/?token=${server.token}`, headers: { host: evilHost } })).status).toBe(403);
    expect(await openSocket(server, { headers: { host: evilHost }, origin: `http://${evilHost}` })).toEqual({ opened: false, status: 403 });
  });

  it('a media id that is not in the library, and anything that is not a media id', async () => {
    const server = await testServer();
    const headers = pageHeaders(server);
    expect((await request(server.port, { path: `/media/${'a'.repeat(64)}`, headers })).status).toBe(404);
    for (const p of ['/media/..%2F..%2Fadloom.db', '/media/adloom.db', `/media/${'a'.repeat(64)}/../../adloom.db`, '/media/%2e%2e/adloom.db']) {
      const answer = await request(server.port, { path: p, headers });
      expect([400, 404]).toContain(answer.status);
      expect(answer.body.toString()).not.toContain('SQLite');
    }
  });

  it('path traversal in static paths, however it is spelled', async () => {
    const server = await testServer();
    const headers = pageHeaders(server);
    for (const p of ['/../outside.txt', '/..%2Foutside.txt', '/%2e%2e/outside.txt', '/assets/..%2F..%2Foutside.txt', '/..%5Coutside.txt']) {
      const answer = await request(server.port, { path: p, headers });
      expect(answer.status, p).not.toBe(200);
      expect(answer.body.toString()).not.toContain('must never be served');
    }
    expect((await request(server.port, { path: 'http://127.0.0.1/index.html', headers })).status).toBe(400);
  });

  it('path traversal in every path-like field of the contract (BAD_INPUT before any handler runs)', async () => {
    const server = await testServer();
    const outcome = await openSocket(server);
    if (!outcome.opened) throw new Error(`socket refused: ${outcome.status}`);
    const client = socketClient(outcome.ws);
    const P = 'a1b2c3d4-0000-4000-8000-000000000001';
    const cases: [string, unknown, (string | number)[]][] = [
      ['projects.exportFile', { projectId: P, path: '/tmp/../../etc/cron.d/x' }, ['path']],
      ['projects.importFile', { path: '../adloom.db' }, ['path']],
      ['media.import', { sources: [{ path: `${server.dataDir}/../../etc/passwd` }] }, ['sources', 0]],
      ['render.start', { projectId: P, outputPath: 'C:\\Users\\..\\..\\Windows\\x.mp4' }, ['outputPath']],
      ['settings.set', { patch: { exportDir: '/home/me/../../root' } }, ['patch', 'exportDir']],
      ['app.saveDialog', { purpose: 'video', defaultName: '../../x.mp4' }, ['defaultName']],
      ['media.get', { assetId: '../../adloom.db' }, ['assetId']],
      ['document.patch', { projectId: P, baseRevision: 'a'.repeat(32), ops: [{ op: 'add', path: '/__proto__/polluted', value: 1 }] }, ['ops', 0, 'path']],
    ];
    for (const [name, input, where] of cases) {
      const result = await client.call(name, input);
      expect(result.error?.code, name).toBe('BAD_INPUT');
      expect((result.error?.details?.path as unknown[]).slice(0, where.length), name).toEqual(where);
    }
    const upload = await request(server.port, { path: '/upload?name=..%2F..%2Fevil.png', method: 'POST', headers: pageHeaders(server), body: 'x' });
    expect(upload.status).toBe(400);
    outcome.ws.close();
  });

  it('an upload over the limit (413, from Content-Length or while streaming) and leaves nothing behind', async () => {
    const server = await testServer({ uploadLimitBytes: 1024 });
    const headers = pageHeaders(server);
    const declared = await request(server.port, { path: '/upload?name=big.png', method: 'POST', headers: { ...headers, 'content-length': 4096 }, body: Buffer.alloc(4096) });
    expect(declared.status).toBe(413);
    const chunked = await request(server.port, { path: '/upload?name=big.png', method: 'POST', headers: { ...headers, 'transfer-encoding': 'chunked' }, body: Buffer.alloc(4096) }).catch(
      (err: NodeJS.ErrnoException) => ({ status: err.code === 'ECONNRESET' || err.code === 'EPIPE' ? 413 : 0 }),
    );
    expect(chunked.status).toBe(413);
    const ok = await request(server.port, { path: '/upload?name=small.png', method: 'POST', headers, body: Buffer.alloc(1024) });
    expect(ok.status).toBe(201);
    const left = fs.readdirSync(path.join(server.dataDir, 'uploads'), { recursive: true }).map(String);
    expect(left.filter((f) => f.endsWith('big.png'))).toEqual([]);
  });

  it('a socket message over 1 MiB (closed with 1009)', async () => {
    const server = await testServer();
    const outcome = await openSocket(server);
    if (!outcome.opened) throw new Error(`socket refused: ${outcome.status}`);
    const client = socketClient(outcome.ws);
    const closed = client.closed();
    outcome.ws.send(JSON.stringify({ t: 'call', id: 1, name: 'projects.create', input: { name: 'x'.repeat(1024 * 1024 + 10) } }));
    expect((await closed).code).toBe(1009);
  });

  it('methods other than GET/HEAD (and POST /upload)', async () => {
    const server = await testServer();
    expect((await request(server.port, { path: '/', method: 'PUT', headers: pageHeaders(server), body: 'x' })).status).toBe(405);
    expect((await request(server.port, { path: '/upload', method: 'GET', headers: pageHeaders(server) })).status).toBe(404);
  });

  it('to bind anywhere but loopback', async () => {
    const dataDir = tempDir();
    const store = openStore({ dataDir });
    try {
      for (const host of ['0.0.0.0', '::', '192.168.0.10', 'example.com']) {
        await expect(startServer({ store, dataDir, version: 'x', rendererDir: dataDir, host })).rejects.toMatchObject({ code: 'BAD_INPUT' });
      }
    } finally {
      store.close();
    }
  });
});

describe('browser mode serves the page', () => {
  it('with a strict CSP and an HttpOnly SameSite=Strict token cookie when the token came in the link', async () => {
    const server = await testServer();
    const page = await request(server.port, { path: `/?token=${server.token}`, headers: { host: server.host } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain(`connect-src 'self' ws://${server.host}`);
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['set-cookie']).toEqual([`adloom_token=${server.token}; HttpOnly; SameSite=Strict; Path=/`]);
    const asset = await request(server.port, { path: '/assets/app.js', headers: { host: server.host, cookie: `adloom_token=${server.token}` } });
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });
});
