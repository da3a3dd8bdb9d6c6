import { z } from 'zod';
import { FilePath } from '../file-path';
import { Aspect, Id } from '../project/primitives';
import { ProjectId, Timestamp } from './common';

/** One finished export of a project, newest first in lists. */
export const ExportRecordDto = z
  .object({
    id: Id,
    projectId: ProjectId,
    /** Where the file was written on the machine running main. */
    path: FilePath,
    preset: z.string(),
    aspect: Aspect,
    durationMs: z.number().int().nonnegative(),
    byteSize: z.number().int().nonnegative(),
    createdAt: Timestamp,
    /** False when the file has since been moved or deleted. */
    exists: z.boolean(),
  })
  .strict();
export type ExportRecordDto = z.infer<typeof ExportRecordDto>;
