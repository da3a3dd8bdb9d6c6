import { z } from 'zod';
import { AppErrorDto } from '../errors';
import { FilePath } from '../file-path';
import { AssetId, Id, Ms } from '../project/primitives';
import { ProjectId } from './common';

export const RenderId = Id;

export const RENDER_PRESETS = ['final', 'draft'] as const;
/** `final` is the export quality; `draft` renders fast at proxy size for a quick look. */
export const RenderPreset = z.enum(RENDER_PRESETS);
export type RenderPreset = z.infer<typeof RenderPreset>;

export const StartRenderInput = z
  .object({
    projectId: ProjectId,
    /** Where the MP4 goes; absent = the export folder from settings, named after the project. */
    outputPath: FilePath.optional(),
    preset: RenderPreset.default('final'),
    /** Replace an existing file at outputPath instead of refusing with CONFLICT. */
    overwrite: z.boolean().default(false),
  })
  .strict();

export const PreviewRenderInput = z
  .object({
    projectId: ProjectId,
    /** A time range of the timeline; absent = the whole project. */
    startMs: Ms.optional(),
    endMs: Ms.optional(),
  })
  .strict()
  .refine((v) => v.startMs === undefined || v.endMs === undefined || v.endMs > v.startMs, { message: 'endMs must be after startMs', path: ['endMs'] });

export const RenderStartedDto = z.object({ renderId: RenderId }).strict();

export const RENDER_STATES = ['running', 'succeeded', 'failed', 'cancelled'] as const;
export const RenderState = z.enum(RENDER_STATES);

/** One render's progress; the last event of a render has a state other than `running`. */
export const RenderProgressDto = z
  .object({
    renderId: RenderId,
    projectId: ProjectId,
    kind: z.enum(['export', 'preview']),
    state: RenderState,
    /** 0..1 of the output duration written so far. */
    fraction: z.number().min(0).max(1),
    /** The finished export (kind export, state succeeded). */
    outputPath: FilePath.optional(),
    /** The finished preview, playable through the media URL (kind preview, state succeeded). */
    outputAssetId: AssetId.optional(),
    error: AppErrorDto.optional(),
  })
  .strict();
export type RenderProgressDto = z.infer<typeof RenderProgressDto>;
