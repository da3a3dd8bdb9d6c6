import type { AssetRepository } from '../../core/media/asset';
import { assetFilePath, resolveDataPath } from '../../core/media/asset-paths';
import { previewFilePath } from '../../handlers/preview-files';
import type { LocateMedia } from './media-protocol';

/**
 * Asset id → file, through the library database: media://asset/<id> is media/<id>.<ext>,
 * media://asset/<id>/thumbnail the thumbnail path recorded for it. An id the database does not know is
 * refused even if a file of that name exists. media://preview/<id> is a proxy preview in the cache.
 */
export function locateLibraryMedia({ dataDir, assets }: { dataDir: string; assets: Pick<AssetRepository, 'get'> }): LocateMedia {
  return (request) => {
    if (request.variant === 'preview') return previewFilePath(dataDir, request.previewId);
    const { variant, assetId } = request;
    const record = assets.get(assetId);
    if (record === undefined) return null;
    if (variant === 'file') return assetFilePath(dataDir, record);
    return record.thumbnail === null ? null : resolveDataPath(dataDir, record.thumbnail);
  };
}
