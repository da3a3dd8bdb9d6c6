import path from 'node:path';
import type { ImportResultDto, MediaSource } from '../../preload/contract/dto/media-dto';
import type { ErrorCode } from '../../preload/contract/errors';
import { importMedia, type FailedFile, type ImportedFile, type ImportMediaResult } from '../core/media/import-media';
import { AppError } from '../core/shared/app-error';
import type { HandlerContext } from './handler-context';
import { assetToDto } from './to-dto';

interface ResolvedSource {
  index: number;
  file: string;
  name: string;
  uploadId?: string;
}

type Unresolved = { index: number; name: string; code: ErrorCode; message: string };

/** Uploads become their temp files; an unknown upload id fails that item only, like a bad file. */
function resolveSources(ctx: HandlerContext, sources: MediaSource[]): { files: ResolvedSource[]; failed: Unresolved[] } {
  const files: ResolvedSource[] = [];
  const failed: Unresolved[] = [];
  sources.forEach((source, index) => {
    if ('path' in source) return void files.push({ index, file: source.path, name: path.basename(source.path) });
    if (ctx.uploads === null) {
      failed.push({ index, name: source.uploadId, code: 'BAD_INPUT', message: `upload ${source.uploadId}: uploads exist only in browser mode; import by path here` });
      return;
    }
    try {
      const upload = ctx.uploads.resolve(source.uploadId);
      files.push({ index, file: upload.path, name: upload.name, uploadId: source.uploadId });
    } catch (err) {
      const e = err instanceof AppError ? err : new AppError('NOT_FOUND', `upload ${source.uploadId} is unknown`);
      failed.push({ index, name: source.uploadId, code: e.code, message: e.message });
    }
  });
  return { files, failed };
}

/**
 * media.import: resolves the sources, runs core's importMedia and reports import.progress with
 * cumulative counts. Uploaded bytes are deleted once imported (or refused): the library has its
 * own copy.
 */
export async function runImport(
  ctx: HandlerContext,
  input: { sources: MediaSource[]; projectId?: string | undefined; importId?: string | undefined },
): Promise<ImportResultDto> {
  const { files, failed: unresolved } = resolveSources(ctx, input.sources);
  const importId = input.importId ?? null;
  const projectId = input.projectId ?? null;
  const total = input.sources.length;
  let done = unresolved.length;
  let failedCount = unresolved.length;
  const progress = (current: string | null): void =>
    ctx.events.emit('import.progress', { importId, projectId, total, done, failed: failedCount, current });
  try {
    if (projectId !== null) ctx.store.projects.get(projectId);
    if (files.length === 0) return { imported: [], failed: unresolved };
    const binaries = ctx.binaries();
    const result = await importMedia({
      files: files.map((f) => f.file),
      dataDir: ctx.dataDir,
      ffprobePath: binaries.ffprobe.path,
      ffmpegPath: binaries.ffmpeg.path,
      assets: ctx.store.assets,
      ...(projectId !== null && { projectId }),
      onProgress: (p) => {
        // Counted here, reported with the next file's start (or the final event): one event per file.
        if (p.status === 'importing') return progress(files[p.index]?.name ?? null);
        done += 1;
        if (p.status === 'failed') failedCount += 1;
      },
    });
    return mergeResults(files, unresolved, result);
  } finally {
    done = total;
    progress(null);
    for (const f of files) if (f.uploadId !== undefined) await ctx.uploads?.release(f.uploadId);
  }
}

/**
 * importMedia answers in file order, each file either imported or failed, so walking both
 * lists alongside `files` pairs every result with its source (even a path given twice).
 */
function mergeResults(files: ResolvedSource[], unresolved: Unresolved[], result: ImportMediaResult): ImportResultDto {
  const imported = [...result.imported];
  const failed = [...result.failed];
  const out: ImportResultDto = { imported: [], failed: [...unresolved] };
  for (const source of files) {
    if (imported[0]?.file === source.file) {
      const item = imported.shift() as ImportedFile;
      out.imported.push({ index: source.index, name: source.name, asset: assetToDto(item.asset), deduplicated: item.deduplicated });
    } else if (failed[0]?.file === source.file) {
      const item = failed.shift() as FailedFile;
      out.failed.push({ index: source.index, name: source.name, code: item.code, message: item.message });
    }
  }
  out.failed.sort((a, b) => a.index - b.index);
  return out;
}
