import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { assetFilePath, resolveDataPath } from '../core/media/asset-paths';
import { AppError } from '../core/shared/app-error';
import type { Store } from '../core/storage/store';
import { previewFilePath } from '../handlers/preview-files';
import { sendText } from './security-headers';
import { sendFile } from './send-file';

const MEDIA_PATH = /^\/media\/([0-9a-f]{64})(?:\/(thumbnail|filmstrip))?$/;
const PREVIEW_PATH = /^\/media\/preview\/([0-9a-f]{32})$/;

/** True when the path is a media URL (/media/<assetId>, /media/<assetId>/thumbnail, /media/<assetId>/filmstrip or /media/preview/<previewId>). */
export function isMediaPath(pathname: string): boolean {
  return pathname.startsWith('/media/');
}

/**
 * Library media by asset id. The id is looked up in the store and the path comes from the
 * library layout, never from the request, so only files the library holds can be read.
 */
export interface ServeMediaOptions {
  pathname: string;
  store: Store;
  dataDir: string;
  /** The filmstrip sprite of an asset, made on first use; null when it has none (not a video). */
  filmstripFile: (assetId: string) => Promise<string | null>;
}

export async function serveMedia(req: IncomingMessage, res: ServerResponse, opts: ServeMediaOptions): Promise<void> {
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
  const variant = match[2];
  if (variant === 'filmstrip') {
    // The sprite's path comes from the cache layout for this id, never from the request.
    let sprite: string | null;
    try {
      sprite = await opts.filmstripFile(asset.id);
    } catch (err) {
      // FFmpeg missing or failing on this file: the page gets the reason, as media:// gives it.
      if (err instanceof AppError) return sendText(res, 500, err.message);
      throw err;
    }
    if (sprite === null) return sendText(res, 404, 'this asset has no filmstrip (only videos do)');
    // Not immutable: the sprite's size may change with a later version under the same URL.
    return sendFile(req, res, { file: sprite, cacheControl: 'private, max-age=86400', etag: `"${path.basename(sprite, path.extname(sprite))}"` });
  }
  let file = assetFilePath(opts.dataDir, asset);
  if (variant === 'thumbnail') {
    if (asset.thumbnail === null) return sendText(res, 404, 'this asset has no thumbnail');
    file = resolveDataPath(opts.dataDir, asset.thumbnail);
    // The thumbnail path is read from the database; it must still point inside the data dir.
    const rel = path.relative(opts.dataDir, file);
    if (rel.startsWith('..') || path.isAbsolute(rel)) return sendText(res, 404, 'no such media in the library');
  }
  // Content-addressed: the bytes behind an id never change, so the id is a perfect ETag.
  await sendFile(req, res, { file, cacheControl: 'private, max-age=31536000, immutable', etag: `"${asset.id}${variant ? '-t' : ''}"` });
}
