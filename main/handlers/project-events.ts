import type { LoadedProject } from '../core/workspace/project-service';
import type { HandlerContext } from './handler-context';
import { revisionOf } from './revision';

/** The editor state of a loaded project, and the project.saved event other windows listen to. */
export function documentState(loaded: LoadedProject): { summary: LoadedProject['summary']; document: LoadedProject['document']; revision: string } {
  return { summary: loaded.summary, document: loaded.document, revision: revisionOf(loaded.document) };
}

export function announceSaved(ctx: HandlerContext, loaded: LoadedProject): void {
  ctx.events.emit('project.saved', {
    projectId: loaded.summary.id,
    name: loaded.summary.name,
    revision: revisionOf(loaded.document),
    updatedAt: loaded.summary.updatedAt,
  });
}
