import { readFile } from 'node:fs/promises';
import type { ProjectDocument } from '../../../preload/contract/project';
import { AppError } from '../shared/app-error';
import { migrateDocument } from './migrations';
import { parseJsonText } from './parse-json-text';
import { validateDocument } from './validate-document';
import { writeFileAtomic } from './write-file-atomic';

async function readText(filePath: string): Promise<string> {
  try {
    return await readFile(filePath, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppError('NOT_FOUND', `Project file ${filePath} does not exist`, { path: filePath }, { cause: err });
    if (code === 'EISDIR') throw new AppError('BAD_INPUT', `${filePath} is a folder, not a project file`, { path: filePath }, { cause: err });
    const reason = err instanceof Error ? err.message : String(err);
    throw new AppError('IO_ERROR', `Could not read project file ${filePath}: ${reason}`, { path: filePath }, { cause: err });
  }
}

/** Reads a project file of any readable format version and returns it migrated and validated. */
export async function readProjectFile(filePath: string): Promise<ProjectDocument> {
  const raw = parseJsonText(await readText(filePath), { source: filePath });
  return migrateDocument(raw, { source: filePath });
}

/** The exact text a document is saved as: defaults filled in, 2-space indent, trailing newline. */
export function serializeProjectDocument(doc: ProjectDocument, { source }: { source: string }): string {
  // Validated again so a document broken in memory is refused instead of saved unreadable.
  return `${JSON.stringify(validateDocument(doc, { source }), null, 2)}\n`;
}

/** Saves atomically: a crash mid-save leaves the previous file intact. */
export async function writeProjectFile(filePath: string, doc: ProjectDocument): Promise<void> {
  await writeFileAtomic(filePath, serializeProjectDocument(doc, { source: filePath }));
}
