import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach } from 'vitest';
import WebSocket from 'ws';
import { openStore } from '../../../main/core/storage/store';
import { startServer, type RunningServer, type StartServerOptions } from '../../../main/server/start-server';
import { FONTS_DIR, recordingShell, tempDir } from '../contract/contract-env';

const running: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of running.splice(0).reverse()) await stop();
});

export interface TestServer extends RunningServer {
  dataDir: string;
  /** 127.0.0.1:<port>, what a browser sends as Host. */
  host: string;
}

/** A browser-mode server on a temp data dir, serving a stand-in renderer folder. */
export async function testServer(options: Partial<StartServerOptions> = {}): Promise<TestServer> {
  const dataDir = tempDir('adloom-server-');
  const rendererDir = path.join(tempDir('adloom-renderer-'), 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Adloom</title><script type="module" src="./assets/app.js"></script>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log("adloom");');
  fs.writeFileSync(path.join(path.dirname(rendererDir), 'outside.txt'), 'must never be served');
  const store = openStore({ dataDir });
  const server = await startServer({ store, dataDir, version: '9.9.9-test', rendererDir, shell: recordingShell(), fontsDir: FONTS_DIR, proxyShortSide: 64, log: () => undefined, ...options });
  running.push(async () => {
    await server.close();
    store.close();
  });
  return { ...server, dataDir, host: `127.0.0.1:${server.port}` };
}

export interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A raw HTTP request (fetch cannot set Host or omit Origin the way an attacker can). */
export function request(port: number, opts: { path: string; method?: string; headers?: Record<string, string | number>; body?: Buffer | string }): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: opts.path, method: opts.method ?? 'GET', headers: opts.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

/** Headers a page of this server sends. */
export function pageHeaders(server: TestServer, extra: Record<string, string> = {}): Record<string, string> {
  return { host: server.host, 'x-adloom-token': server.token, ...extra };
}

export type SocketOutcome = { opened: true; ws: WebSocket } | { opened: false; status: number };

/** Opens the contract socket the way a page would (Origin and Host of the server) unless told otherwise. */
export function openSocket(server: TestServer, opts: { query?: string; headers?: Record<string, string>; origin?: string | null; maxPayload?: number } = {}): Promise<SocketOutcome> {
  const query = opts.query ?? `?token=${server.token}`;
  const origin = opts.origin === undefined ? `http://${server.host}` : opts.origin;
  const ws = new WebSocket(`ws://127.0.0.1:${server.port}/ws${query}`, {
    headers: { ...(origin !== null && { origin }), ...opts.headers },
    ...(opts.maxPayload !== undefined && { maxPayload: opts.maxPayload }),
  });
  return new Promise((resolve) => {
    ws.once('open', () => resolve({ opened: true, ws }));
    ws.once('unexpected-response', (_req, res) => {
      resolve({ opened: false, status: res.statusCode ?? 0 });
      ws.terminate();
    });
    ws.once('error', () => resolve({ opened: false, status: 0 }));
  });
}

/** A tiny contract client over a socket: call by name, collect events. */
export function socketClient(ws: WebSocket) {
  let nextId = 1;
  const waiting = new Map<number, (result: unknown) => void>();
  const events: { name: string; payload: unknown }[] = [];
  ws.on('message', (data) => {
    const frame = JSON.parse(data.toString()) as { t: string; id?: number; result?: unknown; name?: string; payload?: unknown };
    if (frame.t === 'result' && frame.id !== undefined) waiting.get(frame.id)?.(frame.result);
    if (frame.t === 'event') events.push({ name: frame.name as string, payload: frame.payload });
  });
  return {
    events,
    call(name: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string; details?: Record<string, unknown> } }> {
      const id = nextId++;
      return new Promise((resolve) => {
        waiting.set(id, resolve as (r: unknown) => void);
        ws.send(JSON.stringify({ t: 'call', id, name, input }));
      });
    },
    closed(): Promise<{ code: number; reason: string }> {
      return new Promise((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
    },
  };
}
