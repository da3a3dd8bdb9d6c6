import path from 'node:path';
import { APP_HOST } from './schemes';

export type BundlePathResult = { ok: true; filePath: string } | { ok: false; status: 400 | 404; reason: string };

/**
 * Maps an app:// URL to a file under the bundle folder, or refuses it. Decides on the decoded,
 * resolved path (not on the string), so "..", "%2e%2e", encoded slashes and absolute paths
 * cannot leave `rootDir`. Symlinks are checked by the caller after this (realpath needs I/O).
 */
export function resolveBundlePath({ rootDir, url }: { rootDir: string; url: string }): BundlePathResult {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 400, reason: `"${url}" is not a URL` };
  }
  if (parsed.host !== APP_HOST) return { ok: false, status: 404, reason: `host "${parsed.host}" is not ${APP_HOST}` };

  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return { ok: false, status: 400, reason: `path "${parsed.pathname}" is not valid percent-encoding` };
  }
  if (pathname.includes('\0')) return { ok: false, status: 400, reason: 'path contains a NUL byte' };
  // A backslash is a separator on Windows only; refusing it everywhere keeps behaviour identical.
  if (pathname.includes('\\')) return { ok: false, status: 400, reason: `path "${pathname}" contains a backslash` };

  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, relative);
  const fromRoot = path.relative(root, filePath);
  if (fromRoot === '' || fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) {
    return { ok: false, status: 404, reason: `path "${pathname}" is outside the app bundle` };
  }
  return { ok: true, filePath };
}
