import { z } from 'zod';
import { Nothing, ProjectId } from '../dto/common';
import { CreateProjectInput, DocumentStateDto, ProjectName, ProjectSummaryDto } from '../dto/project-dto';
import { FilePath } from '../file-path';
import { command } from './command-spec';

const ById = z.object({ projectId: ProjectId }).strict();

export const projectsCommands = {
  'projects.list': command(
    z.object({ includeDeleted: z.boolean().default(false) }).strict(),
    z.array(ProjectSummaryDto),
    'Projects, most recently changed first; trashed ones only with includeDeleted.',
  ),
  'projects.create': command(CreateProjectInput, DocumentStateDto, 'Creates an empty project and returns it ready to edit.'),
  'projects.rename': command(z.object({ projectId: ProjectId, name: ProjectName }).strict(), ProjectSummaryDto, 'Renames a project (list and document alike).'),
  'projects.duplicate': command(
    z.object({ projectId: ProjectId, name: ProjectName.optional() }).strict(),
    ProjectSummaryDto,
    'Copies a project with its media links; the copy is called "<name> copy" unless named.',
  ),
  'projects.delete': command(
    z.object({ projectId: ProjectId, purge: z.boolean().default(false) }).strict(),
    Nothing,
    'Moves a project to the trash, or deletes it for good with purge.',
  ),
  'projects.restore': command(ById, ProjectSummaryDto, 'Brings a trashed project back.'),
  'projects.exportFile': command(
    z.object({ projectId: ProjectId, path: FilePath }).strict(),
    z.object({ path: FilePath }).strict(),
    'Writes the project document as a portable JSON file (atomically).',
  ),
  'projects.importFile': command(
    z.object({ path: FilePath, name: ProjectName.optional() }).strict(),
    ProjectSummaryDto,
    'Creates a project from a project JSON file (migrated and validated).',
  ),
} as const;
