import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocketServer } from 'ws';
import { TOKEN_COOKIE, WS_PATH } from '../../preload/contract/wire';
import { filmstripFileOf } from '../handlers/editor-media';
import type { EventBus } from '../handlers/event-bus';
import type { HandlerContext } from '../handlers/handler-context';
import { isExportPath, serveExport } from './export-route';
import { serveMedia, isMediaPath } from './media-route';
import { guardRequest } from './request-guard';
import { contentSecurityPolicy, sendText, setSecurityHeaders } from './security-headers';
import { serveStatic } from './static-files';
import { tokenCookie } from './token';
import { handleUpload } from './upload-route';
import type { ServerUploadStore } from './upload-store';
import { attachSocket } from './ws-transport';

export interface RouteOptions {
  ctx: HandlerContext;
  bus: EventBus;
  wss: WebSocketServer;
  token: string;
  uploads: ServerUploadStore;
  rendererDir: string;
  uploadLimitBytes: number;
  hosts: () => string[];
}

/** Origin-form targets only ("/path?query"): an absolute URI in the request line is refused. */
function requestTarget(req: IncomingMessage): { raw: string; url: URL } | null {
  const target = req.url ?? '';
  if (!target.startsWith('/') || target.startsWith('//')) return null;
  return { raw: target.split('?')[0] ?? '/', url: new URL(target, 'http://adloom.invalid') };
}

export function createRequestHandler(opts: RouteOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    setSecurityHeaders(res);
    const target = requestTarget(req);
    if (target === null) return sendText(res, 400, 'bad request target');
    const guard = guardRequest({ headers: req.headers, url: target.url, config: { token: opts.token, hosts: opts.hosts() }, requireOrigin: false });
    if (!guard.ok) return sendText(res, guard.status, guard.message);
    if (guard.tokenFromQuery) res.setHeader('Set-Cookie', tokenCookie(TOKEN_COOKIE, opts.token));
    const { pathname } = target.url;
    const method = req.method ?? 'GET';
    if (method === 'POST' && pathname === '/upload') return handleUpload(req, res, { url: target.url, uploads: opts.uploads, limitBytes: opts.uploadLimitBytes });
    if (method !== 'GET' && method !== 'HEAD') return sendText(res, 405, `${method} is not allowed here`);
    if (isMediaPath(pathname)) return serveMedia(req, res, { pathname, store: opts.ctx.store, dataDir: opts.ctx.dataDir, filmstripFile: (assetId) => filmstripFileOf(opts.ctx, assetId) });
    if (isExportPath(pathname)) return serveExport(req, res, { pathname, store: opts.ctx.store, dataDir: opts.ctx.dataDir });
    return serveStatic(req, res, { rawPath: target.raw, rootDir: opts.rendererDir, csp: contentSecurityPolicy(opts.hosts()) });
  };
  return (req, res) => {
    route(req, res).catch((err: unknown) => {
      opts.ctx.log({ level: 'error', message: `browser mode: ${req.method ?? ''} ${req.url ?? ''} failed: ${err instanceof Error ? err.message : String(err)}` });
      sendText(res, 500, 'internal error');
    });
  };
}

function refuseUpgrade(socket: Duplex, status: number, message: string): void {
  const reason = status === 401 ? 'Unauthorized' : status === 404 ? 'Not Found' : status === 400 ? 'Bad Request' : 'Forbidden';
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(message) + 1}\r\n\r\n${message}\n`);
}

/** The WebSocket upgrade: same Host and token checks as HTTP, and the Origin is required. */
export function createUpgradeHandler(opts: RouteOptions): (req: IncomingMessage, socket: Duplex, head: Buffer) => void {
  return (req, socket, head) => {
    socket.on('error', () => socket.destroy());
    const target = requestTarget(req);
    if (target === null || target.url.pathname !== WS_PATH) return refuseUpgrade(socket, 404, 'no such socket');
    const guard = guardRequest({ headers: req.headers, url: target.url, config: { token: opts.token, hosts: opts.hosts() }, requireOrigin: true });
    if (!guard.ok) return refuseUpgrade(socket, guard.status, guard.message);
    opts.wss.handleUpgrade(req, socket, head, (ws) => attachSocket(ws, { ctx: opts.ctx, bus: opts.bus }));
  };
}
