import type { z } from 'zod';
import type { AppErrorDto } from '../../preload/contract/errors';
import { AppError } from '../core/shared/app-error';

export interface IssueDto {
  path: (string | number)[];
  message: string;
}

function issuesOf(error: z.ZodError): IssueDto[] {
  return error.issues.map((issue) => ({ path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: issue.message }));
}

const showPath = (path: (string | number)[]): string => (path.length > 0 ? path.join('.') : '(input)');

/**
 * BAD_INPUT for input that failed its schema. The message names the command, the field (zod
 * path) and the reason; details carry the first path as an array and every issue.
 */
export function badInput(command: string, error: z.ZodError): AppError {
  const issues = issuesOf(error);
  const first = issues[0] ?? { path: [], message: 'invalid' };
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return new AppError('BAD_INPUT', `${command}: ${showPath(first.path)}: ${first.message}${more}`, { command, path: first.path, issues });
}

/** A handler answered with something its output schema refuses: a bug in main, not the caller's fault. */
export function badOutput(command: string, error: z.ZodError): AppError {
  const issues = issuesOf(error);
  const first = issues[0] ?? { path: [], message: 'invalid' };
  return new AppError('INTERNAL', `${command} produced an invalid answer at ${showPath(first.path)}: ${first.message}`, { command, issues });
}

/**
 * What crosses the boundary for anything thrown. AppErrors keep their code, message and
 * details; anything else becomes INTERNAL with a message that names the command but not the
 * internals (stack traces and raw messages go to the log only).
 */
export function toErrorDto(command: string, err: unknown): { dto: AppErrorDto; unexpected: boolean } {
  if (err instanceof AppError) return { dto: err.toDto(), unexpected: false };
  return {
    dto: { code: 'INTERNAL', message: `${command} failed unexpectedly. The details were written to the log; please report it.`, details: { command } },
    unexpected: true,
  };
}
