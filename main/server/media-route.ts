import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { assetFilePath, resolveDataPath } from '../core/media/asset-paths';
import type { Store } from '../core/storage/store';
import { previewFilePath } from '../handlers/preview-files';
import { sendText } from './security-headers';
import { sendFile } from './send-file';

const MEDIA_PATH = /^\/media\/([0-9a-f]{64})(\/thumbnail)?$/;
const PREVIEW_PATH = /^\/media\/preview\/([0-9a-f]{32})$/;

/** True when the path is a media URL (/media/<assetId>, /media/<assetId>/thumbnail or /media/preview/<previewId>). */
export function isMediaPath(pathname: string): boolean {
  return pathname.startsWith('/media/');
}

/**
 * Library media by asset id. The id is looked up in the store and the path comes from the
 * library layout, never from the request, so only files the library holds can be read.
 */
export async function serveMedia(req: IncomingMessage, res: ServerResponse, opts: { pathname: string; store: Store; dataDir: string }): Promise<void> {
  const preview = PREVIEW_PATH.exec(opts.pathname);
  if (preview) {
    // A preview id maps to a fixed folder and a hex name; the bytes behind it never change.
    const file = previewFilePath(opts.dataDir, preview[1] as string);
    if (file === null) return sendText(res, 404, 'no such preview');
    return sendFile(req, res, { file, cacheControl: 'private, max-age=3600, immutable' });
  }
  const match = MEDIA_PATH.exec(opts.pathname);
  const asset = match ? opts.store.assets.get(match[1] as string) : undefined;
  if (!match || asset === undefined) return sendText(res, 404, 'no such media in the library');
  let file = assetFilePath(opts.dataDir, asset);
  if (match[2] !== undefined) {
    if (asset.thumbnail === null) return sendText(res, 404, 'this asset has no thumbnail');
    file = resolveDataPath(opts.dataDir, asset.thumbnail);
    // The thumbnail path is read from the database; it must still point inside the data dir.
    const rel = path.relative(opts.dataDir, file);
    if (rel.startsWith('..') || path.isAbsolute(rel)) return sendText(res, 404, 'no such media in the library');
  }
  // Content-addressed: the bytes behind an id never change, so the id is a perfect ETag.
  await sendFile(req, res, { file, cacheControl: 'private, max-age=31536000, immutable', etag: `"${asset.id}${match[2] ? '-t' : ''}"` });
}
