import path from 'node:path';
import { dataDirLayout } from '../paths/data-dir';
import type { AssetRecord } from './asset';

/** Where imported files and their thumbnails live inside a data dir. */
export function mediaPaths(dataDir: string): { mediaDir: string; thumbsDir: string; cacheDir: string } {
  const { mediaDir, cacheDir } = dataDirLayout(dataDir);
  return { mediaDir, thumbsDir: path.join(mediaDir, 'thumbs'), cacheDir };
}

/** The library file of an asset: media/<sha256>.<ext>. */
export function assetFilePath(dataDir: string, asset: Pick<AssetRecord, 'id' | 'ext'>): string {
  return path.join(mediaPaths(dataDir).mediaDir, `${asset.id}.${asset.ext}`);
}

/**
 * The thumbnail path stored in AssetRecord.thumbnail. Always forward slashes so a library made
 * on one OS still resolves on another; join it with the data dir through resolveDataPath.
 */
export function thumbnailRelPath(id: string): string {
  return `media/thumbs/${id}.jpg`;
}

/** Turns a data-dir-relative path from a record (forward slashes) into an absolute one. */
export function resolveDataPath(dataDir: string, relPath: string): string {
  return path.join(dataDir, ...relPath.split('/'));
}

/** Derived data cached per asset under <dataDir>/cache/<area>/; the asset id is a content hash, so entries never go stale. */
export function assetCachePath(dataDir: string, area: 'filmstrips' | 'waveforms', fileName: string): string {
  return path.join(mediaPaths(dataDir).cacheDir, area, fileName);
}
