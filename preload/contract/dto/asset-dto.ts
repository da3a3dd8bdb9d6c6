import { z } from 'zod';
import { ViewType } from '../plan/scene-plan';
import { AssetId } from '../project/primitives';
import { Timestamp } from './common';

export const AssetKind = z.enum(['image', 'video', 'audio']);
export type AssetKind = z.infer<typeof AssetKind>;

/** Where a generated asset came from; null for imported files. No paths, no secrets. */
export const ProvenanceDto = z
  .object({
    provider: z.string(),
    model: z.string(),
    prompt: z.string().optional(),
    seed: z.number().optional(),
    sourceAssetId: z.string().optional(),
    costUsd: z.number().optional(),
    finishedAt: z.string().optional(),
  })
  .strict();
export type ProvenanceDto = z.infer<typeof ProvenanceDto>;

/**
 * One library item as the renderer sees it. It never carries a file path: media is fetched by
 * id through the transport's media URL (media://asset/<id> or /media/<id>).
 */
export const AssetDto = z
  .object({
    id: AssetId,
    kind: AssetKind,
    ext: z.string(),
    originalName: z.string(),
    byteSize: z.number().int().nonnegative(),
    width: z.number().int().nullable(),
    height: z.number().int().nullable(),
    durationMs: z.number().int().nullable(),
    fps: z.number().nullable(),
    hasAudio: z.boolean(),
    hasAlpha: z.boolean(),
    rotation: z.number().int(),
    codec: z.string().nullable(),
    hasThumbnail: z.boolean(),
    provenance: ProvenanceDto.nullable(),
    createdAt: Timestamp,
  })
  .strict();
export type AssetDto = z.infer<typeof AssetDto>;

/** An asset as used by one project: how it is used (view type) and when it was added. */
export const ProjectAssetDto = AssetDto.extend({ viewType: ViewType.nullable(), addedAt: Timestamp }).strict();
export type ProjectAssetDto = z.infer<typeof ProjectAssetDto>;
