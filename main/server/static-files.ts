import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendText } from './security-headers';
import { sendFile } from './send-file';

/**
 * The decoded request path, or null when it tries to leave the folder: "..", encoded or not,
 * backslashes and NUL are refused outright rather than normalised away.
 */
export function safeStaticPath(rawPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/');
  if (segments.some((s) => s === '..' || s === '.')) return null;
  return decoded === '/' ? '/index.html' : decoded;
}

/** The built renderer (dist/renderer). index.html is never cached, so a new build is picked up. */
export async function serveStatic(req: IncomingMessage, res: ServerResponse, opts: { rawPath: string; rootDir: string; csp: string }): Promise<void> {
  const rel = safeStaticPath(opts.rawPath);
  if (rel === null) return sendText(res, 400, 'bad path');
  const file = path.resolve(opts.rootDir, `.${rel}`);
  const inside = path.relative(opts.rootDir, file);
  if (inside.startsWith('..') || path.isAbsolute(inside)) return sendText(res, 400, 'bad path');
  const isPage = rel.endsWith('.html');
  if (isPage) res.setHeader('Content-Security-Policy', opts.csp);
  await sendFile(req, res, { file, cacheControl: isPage ? 'no-store' : 'no-cache' });
}
