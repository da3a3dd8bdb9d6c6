import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../shared/app-error';
import type { AssetRecord } from './asset';
import { assetCachePath, assetFilePath } from './asset-paths';
import type { FilmstripPlan } from './filmstrip-plan';
import { DEFAULT_FILMSTRIP_FRAMES, DEFAULT_FILMSTRIP_TILE_HEIGHT, filmstripArgs, planFilmstrip } from './filmstrip-plan';
import { failureReason, runTool } from './run-tool';
import { removeQuietly, syncAndRename, tempPathIn } from './temp-files';

export type FilmstripAsset = Pick<AssetRecord, 'id' | 'ext' | 'kind' | 'width' | 'height' | 'durationMs' | 'originalName'>;

export interface FilmstripOptions {
  asset: FilmstripAsset;
  dataDir: string;
  ffmpegPath: string;
  /** Number of tiles. Default 10. */
  frames?: number;
  /** Tile height in pixels; the width follows the clip's display aspect. Default 64. */
  tileHeight?: number;
  signal?: AbortSignal;
}

export interface Filmstrip extends FilmstripPlan {
  /** The JPEG sprite: `frames` tiles of tileWidth×tileHeight in one row. */
  path: string;
  /** True when read from the cache (no ffmpeg run). */
  cached: boolean;
}

async function nonEmpty(file: string): Promise<boolean> {
  const st = await fs.stat(file).catch(() => null);
  return st !== null && st.size > 0;
}

/** A horizontal JPEG sprite of evenly spaced frames of a video asset, cached under <dataDir>/cache/filmstrips/. */
export async function getFilmstrip({ asset, dataDir, ffmpegPath, frames = DEFAULT_FILMSTRIP_FRAMES, tileHeight = DEFAULT_FILMSTRIP_TILE_HEIGHT, signal }: FilmstripOptions): Promise<Filmstrip> {
  if (asset.kind !== 'video' || !asset.width || !asset.height || !asset.durationMs) {
    throw new AppError('BAD_INPUT', `${asset.originalName}: a filmstrip needs a video with a known size and duration (this is ${asset.kind}).`, { assetId: asset.id });
  }
  const plan = planFilmstrip({ width: asset.width, height: asset.height, durationMs: asset.durationMs, frames, tileHeight });
  const file = assetCachePath(dataDir, 'filmstrips', `${asset.id}-${frames}x${tileHeight}.jpg`);
  if (await nonEmpty(file)) return { ...plan, path: file, cached: true };

  await fs.mkdir(path.dirname(file), { recursive: true });
  const temp = tempPathIn(path.dirname(file), '.jpg');
  try {
    const input = assetFilePath(dataDir, asset);
    const durationMs = asset.durationMs;
    const run = (seek: boolean): Promise<unknown> =>
      runTool({ bin: ffmpegPath, args: filmstripArgs({ input, output: temp, durationMs, plan, seek }), signal }).catch((err: unknown) => {
        if (err instanceof AppError && err.code === 'FFMPEG_FAILED') {
          throw new AppError('FFMPEG_FAILED', `${asset.originalName}: the filmstrip could not be made (${failureReason(err)}).`, { assetId: asset.id }, { cause: err });
        }
        throw err;
      });
    await run(true);
    if (!(await nonEmpty(temp))) await run(false);
    if (!(await nonEmpty(temp))) throw new AppError('FFMPEG_FAILED', `${asset.originalName}: ffmpeg wrote no filmstrip.`, { assetId: asset.id });
    await syncAndRename(temp, file);
  } finally {
    await removeQuietly(temp);
  }
  return { ...plan, path: file, cached: false };
}
