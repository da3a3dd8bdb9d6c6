import { ProjectDocument } from '../../../preload/contract/project';
import { AppError } from '../shared/app-error';
import { formatZodIssues, readableIssues } from './format-zod-issues';

/**
 * Checks data of the current format version against the schema and fills in defaults.
 * The message names the source and the first few problems; `details.issues` holds them all.
 */
export function validateDocument(doc: unknown, { source }: { source: string }): ProjectDocument {
  const result = ProjectDocument.safeParse(doc);
  if (result.success) return result.data;
  const issues = result.error.issues;
  throw new AppError('BAD_INPUT', `${source} is not a valid Adloom project: ${formatZodIssues(issues)}`, {
    source,
    issues: readableIssues(issues),
  });
}
