import type { AssetRepository } from '../../core/media/asset';
import { assetFilePath, resolveDataPath } from '../../core/media/asset-paths';
import { previewFilePath } from '../../handlers/preview-files';
import type { LocateMedia } from './media-protocol';

/**
 * Asset id → file, through the library database: media://asset/<id> is media/<id>.<ext>,
 * media://asset/<id>/thumbnail the thumbnail path recorded for it, media://asset/<id>/filmstrip the
 * cached sprite `filmstrip` makes (or finds) for that id. An id the database does not know is
 * refused even if a file of that name exists. media://preview/<id> is a proxy preview in the cache.
 */
export function locateLibraryMedia({ dataDir, assets, filmstrip }: {
  dataDir: string;
  assets: Pick<AssetRepository, 'get'>;
  /** The sprite of a known asset, or null when it has none (not a video); handlers' filmstripFileOf. */
  filmstrip: (assetId: string) => Promise<string | null>;
}): LocateMedia {
  return (request) => {
    if (request.variant === 'preview') return previewFilePath(dataDir, request.previewId);
    const { variant, assetId } = request;
    const record = assets.get(assetId);
    if (record === undefined) return null;
    if (variant === 'file') return assetFilePath(dataDir, record);
    if (variant === 'filmstrip') return filmstrip(record.id);
    return record.thumbnail === null ? null : resolveDataPath(dataDir, record.thumbnail);
  };
}
