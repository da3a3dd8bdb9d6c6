import fs from 'node:fs/promises';
import path from 'node:path';
import { bundleSecurityHeaders } from '../security/csp';
import { resolveBundlePath } from './bundle-path';
import { contentTypeFor } from '../../core/http/content-types';

export type ProtocolHandler = (request: Request) => Promise<Response>;

function refuse(status: number, reason: string): Response {
  return new Response(reason, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...bundleSecurityHeaders() } });
}

async function isInside(root: string, filePath: string): Promise<boolean> {
  // A symlink inside the bundle must not lead outside it; compare real paths.
  const [realRoot, realFile] = await Promise.all([fs.realpath(root), fs.realpath(filePath)]);
  const fromRoot = path.relative(realRoot, realFile);
  return fromRoot !== '' && !fromRoot.startsWith('..') && !path.isAbsolute(fromRoot);
}

/**
 * Serves the built renderer (dist/renderer) over app://adloom with the CSP header. Plain Node
 * (global Request/Response), so it is tested without Electron; register-protocols.ts hands it
 * to protocol.handle.
 */
export function createAppProtocolHandler({ rootDir }: { rootDir: string }): ProtocolHandler {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, `method ${request.method} is not allowed`);
    const resolved = resolveBundlePath({ rootDir, url: request.url });
    if (!resolved.ok) return refuse(resolved.status, resolved.reason);
    try {
      const stat = await fs.stat(resolved.filePath);
      if (!stat.isFile() || !(await isInside(rootDir, resolved.filePath))) return refuse(404, `${request.url} was not found`);
      const headers = { 'Content-Type': contentTypeFor(resolved.filePath), 'Content-Length': String(stat.size), ...bundleSecurityHeaders() };
      if (request.method === 'HEAD') return new Response(null, { status: 200, headers });
      return new Response(await fs.readFile(resolved.filePath), { status: 200, headers });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return refuse(404, `${request.url} was not found`);
      return refuse(500, `${request.url} could not be read (${(err as Error).message})`);
    }
  };
}
