import { z } from 'zod';
import { AppErrorDto } from '../errors';
import { FilePath } from '../file-path';
import { Aspect, Id, Ms, Resolution } from '../project/primitives';
import { ProjectId } from './common';

export const RenderId = Id;
/** A finished preview, played through previewUrl(); minted by main, never a path. */
export const PreviewId = z.string().regex(/^[0-9a-f]{32}$/, 'must be a preview id');

export const RENDER_PRESETS = ['final', 'draft'] as const;
/** `final` is the export quality; `draft` renders fast at proxy size for a quick look. */
export const RenderPreset = z.enum(RENDER_PRESETS);
export type RenderPreset = z.infer<typeof RenderPreset>;

/** At most this many aspect variants in one export request. */
export const MAX_RENDER_VARIANTS = 4;

/** One file of an export: the project in another aspect and/or resolution. */
export const RenderVariant = z
  .object({
    aspect: Aspect,
    /** Absent = the project's resolution (1080p when the project's 2160p is not offered for this aspect). */
    resolution: Resolution.optional(),
    /** Where this variant goes (Electron); absent = derived from outputPath or the export folder. */
    outputPath: FilePath.optional(),
  })
  .strict();
export type RenderVariant = z.infer<typeof RenderVariant>;

export const StartRenderInput = z
  .object({
    projectId: ProjectId,
    /**
     * Where the MP4 goes (Electron: from the save dialog). With several variants each file is
     * named after it with the aspect added ("ad-9x16.mp4"). Absent = the export folder, named
     * after the project. Browser mode takes no paths: it renders into the data folder and
     * offers the file for download.
     */
    outputPath: FilePath.optional(),
    preset: RenderPreset.default('final'),
    /** Replace an existing file at outputPath instead of refusing with CONFLICT. */
    overwrite: z.boolean().default(false),
    /** One or several aspect variants at once; absent = one file in the project's own aspect. */
    variants: z.array(RenderVariant).min(1).max(MAX_RENDER_VARIANTS).optional(),
  })
  .strict();
export type StartRenderInput = z.infer<typeof StartRenderInput>;

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
export const RenderKind = z.enum(['export', 'preview']);

/** One render's progress; the last event of a render has a state other than `running`. */
export const RenderProgressDto = z
  .object({
    renderId: RenderId,
    projectId: ProjectId,
    kind: RenderKind,
    state: RenderState,
    /** 0..1 of the whole request (all variants) written so far; never decreases. */
    fraction: z.number().min(0).max(1),
    /** Estimated milliseconds left, or null while there is nothing to estimate from. */
    etaMs: z.number().int().nonnegative().nullable().optional(),
    error: AppErrorDto.optional(),
  })
  .strict();
export type RenderProgressDto = z.infer<typeof RenderProgressDto>;

/** One file a render made, checked with ffprobe. */
export const RenderOutputDto = z
  .object({
    /** Export: the id in the project's export history (download: exportUrl). Preview: a PreviewId (play: previewUrl). */
    id: Id,
    aspect: Aspect,
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    durationMs: Ms,
    byteSize: z.number().int().nonnegative(),
    /** Exports only: where the file is on the machine running main. */
    path: FilePath.optional(),
    /** What the planner adjusted instead of refusing (unknown fonts, overlays past the end, …). */
    warnings: z.array(z.string()),
  })
  .strict();
export type RenderOutputDto = z.infer<typeof RenderOutputDto>;

/** Sent once per render after its last render.progress: what was made, or why not. */
export const RenderFinishedDto = z
  .object({
    renderId: RenderId,
    projectId: ProjectId,
    kind: RenderKind,
    state: z.enum(['succeeded', 'failed', 'cancelled']),
    /** Files finished before a failure or cancel stay (and stay in the export history). */
    outputs: z.array(RenderOutputDto),
    error: AppErrorDto.optional(),
  })
  .strict();
export type RenderFinishedDto = z.infer<typeof RenderFinishedDto>;
