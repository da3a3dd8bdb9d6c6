import type { JobDto } from '../../../../preload/contract/dto/job-dto';

/** A clip job as main lists it, for the feature's tests. */
export function job(id: string, change: Partial<JobDto> = {}): JobDto {
  return {
    id,
    projectId: 'p1',
    kind: 'draft-motion',
    provider: 'local',
    model: 'draft-motion',
    state: 'queued',
    outputAssetId: null,
    sourceAssetId: 'a'.repeat(64),
    review: 'pending',
    errorCode: null,
    errorMessage: null,
    attempts: 0,
    progress: null,
    costEstimateUsd: 0,
    costActualUsd: null,
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-01-01T10:00:00.000Z',
    startedAt: null,
    finishedAt: null,
    ...change,
  };
}
