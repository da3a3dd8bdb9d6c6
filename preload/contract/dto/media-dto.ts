import { z } from 'zod';
import { ErrorCode } from '../errors';
import { FilePath } from '../file-path';
import { ViewType } from '../plan/scene-plan';
import { AssetId, Id } from '../project/primitives';
import { ProjectId } from './common';
import { AssetDto } from './asset-dto';

/** Upload ids are minted by the browser-mode server for bytes a page uploaded (POST /upload). */
export const UploadId = z.string().regex(/^[0-9a-f]{32}$/, 'must be an upload id');

/**
 * A file to import: a path (Electron dialogs and drops give real paths) or, in browser mode,
 * bytes uploaded first, because a browser never reveals a dropped file's path.
 */
export const MediaSource = z.union([z.object({ path: FilePath }).strict(), z.object({ uploadId: UploadId }).strict()]);
export type MediaSource = z.infer<typeof MediaSource>;

export const MAX_IMPORT_SOURCES = 500;

export const ImportMediaInput = z
  .object({
    sources: z.array(MediaSource).min(1, 'give at least one file').max(MAX_IMPORT_SOURCES),
    /** Every imported asset is linked to this project. */
    projectId: ProjectId.optional(),
    /** Chosen by the caller so it can match import.progress events to this call. */
    importId: Id.optional(),
  })
  .strict();

export const ImportedItemDto = z
  .object({
    /** Position of the source in the request. */
    index: z.number().int().nonnegative(),
    name: z.string(),
    asset: AssetDto,
    /** The library already had these bytes; nothing new was stored. */
    deduplicated: z.boolean(),
  })
  .strict();

export const FailedItemDto = z
  .object({ index: z.number().int().nonnegative(), name: z.string(), code: ErrorCode, message: z.string() })
  .strict();

/** One bad file never stops a batch: it is listed in `failed` with its code and reason. */
export const ImportResultDto = z.object({ imported: z.array(ImportedItemDto), failed: z.array(FailedItemDto) }).strict();
export type ImportResultDto = z.infer<typeof ImportResultDto>;

export const SetViewTypeInput = z.object({ projectId: ProjectId, assetId: AssetId, viewType: ViewType.nullable() }).strict();

/** What POST /upload answers in browser mode (not a command: bytes do not travel over the socket). */
export const UploadReceiptDto = z.object({ uploadId: UploadId, name: z.string(), byteSize: z.number().int().nonnegative() }).strict();
export type UploadReceiptDto = z.infer<typeof UploadReceiptDto>;
