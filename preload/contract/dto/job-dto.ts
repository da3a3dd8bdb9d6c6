import { z } from 'zod';
import { AssetId } from '../project/primitives';
import { JobId, ProjectId, Timestamp, Usd } from './common';

/** The same list as main/core/storage/job-state.ts (a unit test in main/handlers keeps them equal). */
export const JOB_STATES = ['queued', 'submitted', 'running', 'downloading', 'succeeded', 'failed', 'cancelled'] as const;
export const JobState = z.enum(JOB_STATES);
export type JobState = z.infer<typeof JobState>;

export const JOB_REVIEWS = ['pending', 'approved', 'rejected'] as const;
export const JobReview = z.enum(JOB_REVIEWS);
export type JobReview = z.infer<typeof JobReview>;

/** A job as lists show it. Its raw input stays in main (it may hold local paths). */
export const JobDto = z
  .object({
    id: JobId,
    projectId: ProjectId.nullable(),
    kind: z.string(),
    provider: z.string(),
    model: z.string().nullable(),
    state: JobState,
    outputAssetId: AssetId.nullable(),
    /** The product image a clip was made from; null for voice-over and other jobs without one. */
    sourceAssetId: AssetId.nullable(),
    /** The person's verdict on a finished output: kept on the timeline, thrown away, or not yet seen. */
    review: JobReview,
    errorCode: z.string().nullable(),
    errorMessage: z.string().nullable(),
    attempts: z.number().int().nonnegative(),
    /** 0..1, or null when the provider does not say. */
    progress: z.number().min(0).max(1).nullable(),
    costEstimateUsd: Usd.nullable(),
    costActualUsd: Usd.nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    startedAt: Timestamp.nullable(),
    finishedAt: Timestamp.nullable(),
  })
  .strict();
export type JobDto = z.infer<typeof JobDto>;

export const ListJobsInput = z
  .object({
    projectId: ProjectId.optional(),
    states: z.array(JobState).min(1).max(JOB_STATES.length).optional(),
  })
  .strict();
