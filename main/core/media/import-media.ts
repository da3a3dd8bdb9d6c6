import path from 'node:path';
import type { ErrorCode } from '../../../preload/contract/errors';
import { AppError, toAppError } from '../shared/app-error';
import type { AssetRecord, AssetRepository } from './asset';
import { mediaPaths } from './asset-paths';
import { importOne } from './import-one';
import { removeStaleTemps } from './temp-files';

export interface ImportProgress {
  /** 0-based position of the file in `files`. */
  index: number;
  total: number;
  file: string;
  status: 'importing' | 'imported' | 'failed';
}

export interface ImportMediaOptions {
  files: string[];
  dataDir: string;
  ffprobePath: string;
  ffmpegPath: string;
  assets: AssetRepository;
  /** Every imported (or deduplicated) asset is linked to this project. */
  projectId?: string;
  onProgress?: (progress: ImportProgress) => void;
  /** Aborting stops the batch: the current and remaining files are reported as CANCELLED. */
  signal?: AbortSignal;
  now?: () => Date;
}

export interface ImportedFile {
  file: string;
  asset: AssetRecord;
  deduplicated: boolean;
}

export interface FailedFile {
  file: string;
  code: ErrorCode;
  message: string;
}

export interface ImportMediaResult {
  imported: ImportedFile[];
  failed: FailedFile[];
}

/** Every failure is reported with the file's name; file-system errors are IO_ERROR, not INTERNAL. */
export function describeFailure(file: string, err: unknown): FailedFile {
  if (err instanceof AppError) return { file, code: err.code, message: err.message };
  const name = path.basename(file);
  const errno = (err as NodeJS.ErrnoException | null)?.code;
  const { message } = toAppError(err);
  return { file, code: typeof errno === 'string' ? 'IO_ERROR' : 'INTERNAL', message: `${name}: ${message}` };
}

// A temp file this old cannot belong to an import that is still running.
const STALE_TEMP_MS = 60 * 60 * 1000;

/**
 * Imports files into the library one after another. One bad file never stops the batch: its
 * error (code + a message naming the file and the reason) goes to `failed` and the next file
 * is imported. Only cancellation ends the batch early.
 */
export async function importMedia(opts: ImportMediaOptions): Promise<ImportMediaResult> {
  const { files, assets, projectId, onProgress, signal } = opts;
  const result: ImportMediaResult = { imported: [], failed: [] };
  const { mediaDir, thumbsDir } = mediaPaths(opts.dataDir);
  await removeStaleTemps(mediaDir, STALE_TEMP_MS);
  await removeStaleTemps(thumbsDir, STALE_TEMP_MS);

  for (const [index, file] of files.entries()) {
    const progress = (status: ImportProgress['status']): void => onProgress?.({ index, total: files.length, file, status });
    progress('importing');
    try {
      if (signal?.aborted) throw new AppError('CANCELLED', `${path.basename(file)}: not imported, the import was cancelled.`, { file });
      const { asset, deduplicated } = await importOne({ ...opts, file });
      if (projectId !== undefined) assets.linkToProject({ projectId, assetId: asset.id });
      result.imported.push({ file, asset, deduplicated });
      progress('imported');
    } catch (err) {
      result.failed.push(describeFailure(file, err));
      progress('failed');
    }
  }
  return result;
}
