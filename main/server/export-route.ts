import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { Store } from '../core/storage/store';
import { exportsDir } from '../handlers/render-targets';
import { sendText } from './security-headers';
import { sendFile } from './send-file';

const EXPORT_PATH = /^\/exports\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export function isExportPath(pathname: string): boolean {
  return pathname.startsWith('/exports/');
}

/** RFC 6266: an ASCII fallback name plus the exact name in UTF-8. */
function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * GET /exports/<exportId>: a finished browser-mode export as a download. The id is looked up in
 * the export history and only files inside <dataDir>/exports are served, so neither the page nor
 * a recorded path that was since pointed elsewhere can reach other files.
 */
export async function serveExport(req: IncomingMessage, res: ServerResponse, opts: { pathname: string; store: Store; dataDir: string }): Promise<void> {
  const match = EXPORT_PATH.exec(opts.pathname);
  const record = match ? opts.store.exports.get(match[1] as string) : undefined;
  if (record === undefined) return sendText(res, 404, 'no such export');
  const rel = path.relative(exportsDir(opts.dataDir), record.path);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return sendText(res, 404, 'this export is not in the download folder');
  await sendFile(req, res, { file: record.path, cacheControl: 'private, no-cache', headers: { 'Content-Disposition': attachment(path.basename(record.path)) } });
}
