import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The shared core of the fake provider servers: plain node:http on 127.0.0.1, port 0, a route
 * table, request recording and counting, scripted latency and faults. Each vendor fake
 * (fake-replicate, fake-runway, fake-elevenlabs) supplies routes that follow
 * docs/api-protocols.md; this file knows nothing about any vendor.
 */
export type Fault =
  /** An HTTP error answer; `body` objects are sent as JSON with `contentType` (default application/json). */
  | { type: 'status'; status: number; body?: unknown; headers?: Record<string, string>; contentType?: string }
  /** 200 with Content-Type application/json and a body that is not JSON. */
  | { type: 'malformed-json' }
  /** Never answers (the client's timeout fires). */
  | { type: 'hang' }
  /** Closes the connection without an answer. */
  | { type: 'drop' };

export interface FakeReply {
  status: number;
  headers?: Record<string, string>;
  /** Sent as JSON with Content-Type application/json unless `contentType` says otherwise. */
  json?: unknown;
  body?: Buffer | string;
  contentType?: string;
}

export interface RouteCtx {
  req: http.IncomingMessage;
  url: URL;
  params: string[];
  body: Buffer;
  /** The body parsed as JSON when it is JSON, else undefined. */
  json: unknown;
  /** http://127.0.0.1:PORT */
  origin: string;
}

export interface RouteDef {
  name: string;
  method: string;
  pattern: RegExp;
  /** Routes like CDN downloads skip the vendor's auth check. */
  public?: boolean;
  handle(ctx: RouteCtx): FakeReply | Promise<FakeReply>;
}

export interface RecordedRequest {
  route: string;
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  json: unknown;
}

export interface FakeServerConfig {
  routes: RouteDef[];
  /** Returns an error reply when the request's credentials are wrong, else null. */
  authorize(ctx: RouteCtx, route: RouteDef): FakeReply | null;
  notFound(ctx: RouteCtx): FakeReply;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export class FakeHttpServer {
  /** Added before every answer (and before faults), in ms. */
  latencyMs = 0;
  readonly requests: RecordedRequest[] = [];
  private readonly counts = new Map<string, number>();
  private faults: { route: string; fault: Fault; remaining: number }[] = [];
  private server: http.Server | null = null;
  origin = '';

  constructor(private readonly config: FakeServerConfig) {}

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.origin = `http://127.0.0.1:${port}`;
    return this;
  }

  /** Scripts a fault for the next `times` requests to a route (by route name, or '*' for any). */
  fault(route: string, fault: Fault, times = 1): void {
    this.faults.push({ route, fault, remaining: times });
  }

  /** How many requests reached a route (faulted ones included). */
  count(route: string): number {
    return this.counts.get(route) ?? 0;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private takeFault(route: string): Fault | null {
    const entry = this.faults.find((f) => f.remaining > 0 && (f.route === route || f.route === '*'));
    if (!entry) return null;
    entry.remaining -= 1;
    return entry.fault;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', this.origin);
    let json: unknown;
    if ((req.headers['content-type'] ?? '').includes('json') && body.length > 0) {
      try {
        json = JSON.parse(body.toString('utf8'));
      } catch {
        json = undefined;
      }
    }
    const base: Omit<RouteCtx, 'params'> = { req, url, body, json, origin: this.origin };
    const match = this.config.routes
      .map((r) => ({ r, m: req.method === r.method ? r.pattern.exec(url.pathname) : null }))
      .find((x) => x.m !== null);
    if (!match?.m) return send(res, this.config.notFound({ ...base, params: [] }));
    const route = match.r;
    const ctx: RouteCtx = { ...base, params: match.m.slice(1) };
    this.counts.set(route.name, this.count(route.name) + 1);
    this.requests.push({ route: route.name, method: req.method ?? '', path: url.pathname + url.search, headers: req.headers, json });
    if (this.latencyMs > 0) await sleep(this.latencyMs);
    const fault = this.takeFault(route.name);
    if (fault?.type === 'hang') return;
    if (fault?.type === 'drop') return void req.socket.destroy();
    if (fault?.type === 'malformed-json') return send(res, { status: 200, contentType: 'application/json', body: '{"id": "broken", "status": ' });
    if (fault?.type === 'status') return send(res, { status: fault.status, json: fault.body ?? {}, headers: fault.headers ?? {}, contentType: fault.contentType ?? 'application/json' });
    const denied = route.public ? null : this.config.authorize(ctx, route);
    if (denied) return send(res, denied);
    try {
      send(res, await route.handle(ctx));
    } catch (err) {
      send(res, { status: 500, json: { error: `fake server bug: ${(err as Error).message}` } });
    }
  }
}

function send(res: http.ServerResponse, reply: FakeReply): void {
  if (res.destroyed) return;
  const headers: Record<string, string> = { ...reply.headers };
  let payload: Buffer | string = '';
  if (reply.json !== undefined) {
    payload = typeof reply.json === 'string' ? reply.json : JSON.stringify(reply.json);
    headers['content-type'] = reply.contentType ?? 'application/json';
  } else if (reply.body !== undefined) {
    payload = reply.body;
    if (reply.contentType) headers['content-type'] = reply.contentType;
  }
  if (reply.status !== 204) headers['content-length'] = String(Buffer.byteLength(payload));
  res.writeHead(reply.status, headers);
  res.end(reply.status === 204 ? undefined : payload);
}
