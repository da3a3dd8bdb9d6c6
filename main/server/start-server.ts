import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { MAX_WIRE_MESSAGE_BYTES } from '../../preload/contract/wire';
import type { FfmpegBinaries } from '../core/ffmpeg/binaries';
import { createEnvSecretStore } from '../core/ports/env-secret-store';
import type { Store } from '../core/storage/store';
import { createHandlerContext } from '../handlers/create-handler-context';
import { createEventBus } from '../handlers/event-bus';
import type { HandlerContext, HandlerLogEntry } from '../handlers/handler-context';
import type { ShellPort } from '../handlers/ports';
import { createBrowserShell } from './browser-shell';
import { allowedHosts, loopbackAddress } from './loopback';
import { createRequestHandler, createUpgradeHandler } from './routes';
import { createToken } from './token';
import { MAX_UPLOAD_BYTES } from './upload-route';
import { createUploadStore } from './upload-store';

export interface StartServerOptions {
  store: Store;
  dataDir: string;
  version: string;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** Loopback only: 127.0.0.1 (default), ::1 or localhost; anything else is refused. */
  host?: string;
  /** 0 (default) = any free port. */
  port?: number;
  env?: Record<string, string | undefined>;
  uploadLimitBytes?: number;
  /** Tests pass fixed values; otherwise a random token, the OS opener and resolved binaries. */
  token?: string;
  shell?: ShellPort;
  binaries?: FfmpegBinaries;
  /** resources/fonts (previews and exports draw text with them). */
  fontsDir?: string;
  /** Short side of previews and draft exports (tests render tiny). */
  proxyShortSide?: number;
  log?: (entry: HandlerLogEntry) => void;
}

export interface RunningServer {
  /** Open this: it carries the token. */
  url: string;
  origin: string;
  port: number;
  token: string;
  ctx: HandlerContext;
  close(): Promise<void>;
}

/** Browser mode: the renderer, the contract over WebSocket and media over HTTP, on loopback only. */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const address = loopbackAddress(options.host ?? '127.0.0.1');
  const token = options.token ?? createToken();
  const env = options.env ?? process.env;
  const bus = createEventBus();
  const uploads = await createUploadStore(options.dataDir);
  const ctx = createHandlerContext({
    mode: 'browser',
    version: options.version,
    dataDir: options.dataDir,
    store: options.store,
    secrets: createEnvSecretStore(env),
    shell: options.shell ?? createBrowserShell(),
    events: bus,
    uploads,
    env,
    ...(options.binaries && { binaries: options.binaries }),
    ...(options.fontsDir !== undefined && { fontsDir: options.fontsDir }),
    ...(options.proxyShortSide !== undefined && { proxyShortSide: options.proxyShortSide }),
    ...(options.log && { log: options.log }),
  });
  ctx.lifecycle.start();
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_WIRE_MESSAGE_BYTES });
  const server = http.createServer();
  // The port is known only after listen(); the handlers read it through this holder.
  const state = { hosts: [] as string[] };
  const routeOptions = { ctx, bus, wss, token, uploads, rendererDir: options.rendererDir, uploadLimitBytes: options.uploadLimitBytes ?? MAX_UPLOAD_BYTES, hosts: () => state.hosts };
  server.on('request', createRequestHandler(routeOptions));
  server.on('upgrade', createUpgradeHandler(routeOptions));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: address, port: options.port ?? 0, exclusive: true }, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  state.hosts = allowedHosts(address, port);
  const origin = `http://${state.hosts[0]}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    ctx,
    async close() {
      for (const client of wss.clients) client.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await ctx.lifecycle.stop();
      bus.close();
      await uploads.close();
    },
  };
}
