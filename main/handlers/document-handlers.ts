import { applyPatch } from '../../preload/contract/document/apply-patch';
import type { PatchOp } from '../../preload/contract/document/patch-ops';
import { AppError } from '../core/shared/app-error';
import { loadProject, saveProjectDocument, type LoadedProject } from '../core/workspace/project-service';
import type { HandlerContext } from './handler-context';
import type { NamespaceHandlers } from './handler-types';
import { announceSaved, documentState } from './project-events';
import { revisionOf } from './revision';

/**
 * Load, compare the revision, change, validate and store in one SQLite transaction, so a save
 * made against a stale revision is refused (CONFLICT) instead of overwriting another writer
 * (a second window, the CLI). `change` returns the new document and the ops that undo it.
 */
function changeDocument(
  ctx: HandlerContext,
  input: { projectId: string; baseRevision: string },
  change: (current: LoadedProject) => { document: unknown; inverse: PatchOp[] },
): ReturnType<typeof documentState> & { inverse: PatchOp[] } {
  const { projectId, baseRevision } = input;
  const { saved, inverse } = ctx.store.transaction(() => {
    const current = loadProject(ctx.store, projectId);
    const currentRevision = revisionOf(current.document);
    if (currentRevision !== baseRevision) {
      throw new AppError('CONFLICT', `project ${projectId} changed since revision ${baseRevision}; load it again (current revision ${currentRevision})`, {
        projectId,
        baseRevision,
        currentRevision,
      });
    }
    const next = change(current);
    return { saved: saveProjectDocument(ctx.store, projectId, next.document), inverse: next.inverse };
  });
  announceSaved(ctx, saved);
  return { ...documentState(saved), inverse };
}

export const documentHandlers: NamespaceHandlers<'document'> = {
  'document.load': ({ projectId }, ctx) => documentState(loadProject(ctx.store, projectId)),

  'document.save': ({ projectId, baseRevision, document }, ctx) =>
    changeDocument(ctx, { projectId, baseRevision }, (current) => ({ document, inverse: [{ op: 'replace', path: '', value: current.document }] })),

  'document.patch': ({ projectId, baseRevision, ops }, ctx) =>
    changeDocument(ctx, { projectId, baseRevision }, (current) => {
      const outcome = applyPatch(current.document, ops);
      if (outcome.ok) return { document: outcome.document, inverse: outcome.inverse };
      const op = ops[outcome.opIndex];
      const details = { projectId, opIndex: outcome.opIndex, path: ['ops', outcome.opIndex], pointer: op?.path ?? null };
      if (outcome.kind === 'test') {
        throw new AppError('CONFLICT', `document.patch op ${outcome.opIndex} (test): ${outcome.reason}; nothing was changed`, details);
      }
      throw new AppError('BAD_INPUT', `document.patch op ${outcome.opIndex} (${op?.op ?? '?'}): ${outcome.reason}; nothing was changed`, details);
    }),
};
