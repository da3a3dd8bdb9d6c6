import { z } from 'zod';
import { AssetId, CameraMove, PositiveMs } from '../project/primitives';
import { JobId, ProjectId, Usd } from './common';
import { VideoProvider } from './settings-dto';

/** One clip to make from one product image. */
export const GenerateSceneInput = z
  .object({
    assetId: AssetId,
    durationMs: PositiveMs.max(60_000),
    prompt: z.string().trim().max(1000).optional(),
    negativePrompt: z.string().trim().max(500).optional(),
    cameraMove: CameraMove.optional(),
    /** 0 = almost still … 1 = as much motion as the model allows. */
    intensity: z.number().min(0).max(1).optional(),
    seed: z.number().int().nonnegative().max(2 ** 32 - 1).optional(),
  })
  .strict();
export type GenerateSceneInput = z.infer<typeof GenerateSceneInput>;

/** The same request is estimated first and then started, so the estimate is what gets paid. */
export const GenerateInput = z
  .object({
    projectId: ProjectId,
    provider: VideoProvider,
    /** The provider's model id; ignored for `draft`. */
    model: z.string().trim().min(1).max(120).optional(),
    scenes: z.array(GenerateSceneInput).min(1).max(30),
  })
  .strict()
  .refine((v) => v.provider === 'draft' || v.model !== undefined, { message: 'a model is needed for a paid provider', path: ['model'] });
export type GenerateInput = z.infer<typeof GenerateInput>;

export const CostItemDto = z
  .object({
    assetId: AssetId,
    usd: Usd,
    /** How the number was made, e.g. "5 s × 5 credits/s × $0.01". */
    basis: z.string(),
    /** False when the price is not confirmed by the vendor. */
    verified: z.boolean(),
    /** Made before with the same inputs: reused from the cache for free. */
    cached: z.boolean(),
  })
  .strict();

export const CostEstimateDto = z
  .object({
    totalUsd: Usd,
    verified: z.boolean(),
    items: z.array(CostItemDto),
    /** The project's spending cap (its own, else the app's), or null without one. */
    budgetUsd: Usd.nullable(),
    /** Already spent or committed to running jobs in this project. */
    committedUsd: Usd,
    remainingUsd: Usd.nullable(),
    /** False when starting this would go over the cap (generate.start then fails with BUDGET_EXCEEDED). */
    withinBudget: z.boolean(),
  })
  .strict();
export type CostEstimateDto = z.infer<typeof CostEstimateDto>;

export const GenerateStartedDto = z.object({ jobIds: z.array(JobId) }).strict();
