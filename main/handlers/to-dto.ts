import type { AssetDto, ProjectAssetDto, ProvenanceDto } from '../../preload/contract/dto/asset-dto';
import type { JobDto } from '../../preload/contract/dto/job-dto';
import type { AssetProvenance, AssetRecord, ViewType } from '../core/media/asset';
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
