import { z } from 'zod';
import { ProjectId } from '../dto/common';
import { DocumentStateDto, Revision } from '../dto/project-dto';
import { PatchOp, PatchOps } from '../document/patch-ops';
import { command } from './command-spec';

/** What a save or patch answers: the stored state, plus the ops that undo the change. */
export const DocumentChangeDto = DocumentStateDto.extend({ inverse: z.array(PatchOp) }).strict();

export const documentCommands = {
  'document.load': command(z.object({ projectId: ProjectId }).strict(), DocumentStateDto, 'The project document (migrated), its summary and revision.'),
  'document.save': command(
    z.object({ projectId: ProjectId, baseRevision: Revision, document: z.unknown() }).strict(),
    DocumentChangeDto,
    'Replaces the whole document; CONFLICT when baseRevision is stale, BAD_INPUT when the document is invalid.',
  ),
  'document.patch': command(
    z.object({ projectId: ProjectId, baseRevision: Revision, ops: PatchOps }).strict(),
    DocumentChangeDto,
    'Applies JSON Patch ops atomically against baseRevision (CONFLICT when stale) and returns the inverse ops for undo.',
  ),
} as const;
