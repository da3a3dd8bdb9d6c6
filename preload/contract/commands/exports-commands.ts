import { z } from 'zod';
import { ProjectId } from '../dto/common';
import { ExportRecordDto } from '../dto/export-history-dto';
import { command } from './command-spec';

export const exportsCommands = {
  'exports.list': command(z.object({ projectId: ProjectId }).strict(), z.array(ExportRecordDto), "A project's export history, newest first, with whether each file is still there."),
} as const;
