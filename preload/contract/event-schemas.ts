import { z } from 'zod';
import { JobId, ProjectId, Timestamp } from './dto/common';
import { JobDto } from './dto/job-dto';
import { Revision } from './dto/project-dto';
import { MenuActionDto } from './dto/menu-dto';
import { RenderFinishedDto, RenderProgressDto } from './dto/render-dto';
import { Id } from './project/primitives';

/**
 * Events main pushes to the renderer (noun.changed / noun.progress), each with its payload
 * schema. Progress events are throttled to about 10 per second per job/import/render, and each
 * payload is cumulative, so a dropped intermediate event loses nothing; the last one always
 * arrives.
 */
export const events = {
  'job.progress': z
    .object({
      jobId: JobId,
      projectId: ProjectId.nullable(),
      /** 0..1, or null when the provider does not say. */
      progress: z.number().min(0).max(1).nullable(),
      /** The provider's own status word, for the UI (e.g. "THROTTLED", "starting"). */
      status: z.string().max(200).optional(),
    })
    .strict(),
  'job.changed': z.object({ job: JobDto }).strict(),
  'project.saved': z.object({ projectId: ProjectId, name: z.string(), revision: Revision, updatedAt: Timestamp }).strict(),
  'import.progress': z
    .object({
      /** The caller's importId, or null when it gave none. */
      importId: Id.nullable(),
      projectId: ProjectId.nullable(),
      total: z.number().int().nonnegative(),
      /** Files finished so far (imported or failed). */
      done: z.number().int().nonnegative(),
      failed: z.number().int().nonnegative(),
      /** The file being worked on (its name only), or null once done. */
      current: z.string().nullable(),
    })
    .strict(),
  'render.progress': RenderProgressDto,
  /** Once per render, after its last render.progress: the files made, or the error. */
  'render.finished': RenderFinishedDto,
  /** The application menu (Electron) asks the editor to run one of its actions. */
  'menu.action': MenuActionDto,
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<N extends EventName> = z.output<Events[N]>;

export const eventNames = Object.keys(events) as EventName[];

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(events, name);
}
