import { z } from 'zod';
import { ProjectDocument } from '../project/document';
import { Aspect, AssetId, Fps, Platform, Resolution } from '../project/primitives';
import { ProjectId, Timestamp } from './common';

/** A project without its document: what lists show. */
export const ProjectSummaryDto = z
  .object({
    id: ProjectId,
    name: z.string(),
    schemaVersion: z.number().int().positive(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    /** Set while the project is in the trash. */
    deletedAt: Timestamp.nullable(),
    thumbnailAssetId: AssetId.nullable(),
  })
  .strict();
export type ProjectSummaryDto = z.infer<typeof ProjectSummaryDto>;

/**
 * The revision of a document: a digest of its content. A save or patch names the revision it
 * was made against and is refused with CONFLICT when the stored document has changed since.
 * Content-based, so it needs no extra column and survives restarts and edits from the CLI.
 */
export const Revision = z.string().regex(/^[0-9a-f]{16,64}$/, 'must be a document revision');
export type Revision = z.infer<typeof Revision>;

/** A project as the editor holds it. */
export const DocumentStateDto = z
  .object({
    summary: ProjectSummaryDto,
    document: ProjectDocument,
    revision: Revision,
  })
  .strict();
export type DocumentStateDto = z.infer<typeof DocumentStateDto>;

export const ProjectName = z.string().trim().min(1, 'the project name must not be empty').max(120);

export const CreateProjectInput = z
  .object({
    name: ProjectName,
    aspect: Aspect.optional(),
    resolution: Resolution.optional(),
    fps: Fps.optional(),
    platform: Platform.optional(),
  })
  .strict();
