import type { AssetDto, ProjectAssetDto, ProvenanceDto } from '../../preload/contract/dto/asset-dto';
import type { ExportRecordDto } from '../../preload/contract/dto/export-history-dto';
import type { JobDto } from '../../preload/contract/dto/job-dto';
import { AssetId, Aspect } from '../../preload/contract/project/primitives';
import type { AssetProvenance, AssetRecord, ViewType } from '../core/media/asset';
import { AppError } from '../core/shared/app-error';
import type { ExportRecord } from '../core/storage/export-repository';
import type { JobRecord } from '../core/storage/job-repository';

function provenanceToDto(p: AssetProvenance | null): ProvenanceDto | null {
  if (p === null) return null;
  // Parameters may hold local paths or provider internals; only what a person needs to see.
  return {
    provider: p.provider,
    model: p.model,
    ...(p.prompt !== undefined && { prompt: p.prompt }),
    ...(p.seed !== undefined && { seed: p.seed }),
    ...(p.sourceAssetId !== undefined && { sourceAssetId: p.sourceAssetId }),
    ...(p.costUsd !== undefined && { costUsd: p.costUsd }),
    ...(p.finishedAt !== undefined && { finishedAt: p.finishedAt }),
  };
}

/** The library record without its paths and raw probe JSON. */
export function assetToDto(a: AssetRecord): AssetDto {
  return {
    id: a.id,
    kind: a.kind,
    ext: a.ext,
    originalName: a.originalName,
    byteSize: a.byteSize,
    width: a.width,
    height: a.height,
    durationMs: a.durationMs,
    fps: a.fps,
    hasAudio: a.hasAudio,
    hasAlpha: a.hasAlpha,
    rotation: a.rotation,
    codec: a.codec,
    hasThumbnail: a.thumbnail !== null,
    provenance: provenanceToDto(a.provenance),
    createdAt: a.createdAt,
  };
}

export function projectAssetToDto(a: AssetRecord & { viewType: ViewType | null; addedAt: string }): ProjectAssetDto {
  return { ...assetToDto(a), viewType: a.viewType, addedAt: a.addedAt };
}

/**
 * The library id of the image a job's output was made from, read from its stored input. Read
 * leniently (not parseJobInput): a list must still show a row written by another version.
 */
export function sourceAssetOf(input: unknown): string | null {
  if (typeof input !== 'object' || input === null || !('sourceAssetId' in input)) return null;
  const parsed = AssetId.safeParse(input.sourceAssetId);
  return parsed.success ? parsed.data : null;
}

/** A job without its raw input and remote id (they stay in main). */
export function jobToDto(j: JobRecord): JobDto {
  return {
    id: j.id,
    projectId: j.projectId,
    kind: j.kind,
    provider: j.provider,
    model: j.model,
    state: j.state,
    outputAssetId: j.outputAssetId,
    sourceAssetId: sourceAssetOf(j.input),
    review: j.review,
    errorCode: j.errorCode,
    errorMessage: j.errorMessage,
    attempts: j.attempts,
    progress: j.progress,
    costEstimateUsd: j.costEstimateUsd,
    costActualUsd: j.costActualUsd,
    createdAt: j.createdAt,
    updatedAt: j.updatedAt,
    startedAt: j.startedAt,
    finishedAt: j.finishedAt,
  };
}

/** One export history entry; `exists` is looked up by the caller (the file may have been moved or deleted). */
export function exportToDto(e: ExportRecord, exists: boolean): ExportRecordDto {
  const aspect = Aspect.safeParse(e.aspect);
  // Only the render engine writes these rows, from a validated document.
  if (!aspect.success) throw new AppError('INTERNAL', `export ${e.id} of project ${e.projectId} has an unknown aspect "${e.aspect}"`, { exportId: e.id });
  return {
    id: e.id,
    projectId: e.projectId,
    path: e.path,
    preset: e.preset,
    aspect: aspect.data,
    durationMs: e.durationMs,
    byteSize: e.byteSize,
    createdAt: e.createdAt,
    exists,
  };
}
