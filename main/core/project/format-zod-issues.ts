import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

/** One problem in a form a person can act on: where (dotted path) and what. */
export interface ReadableIssue {
  path: string;
  message: string;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const MISSING = /^Invalid input: expected (\w+), received undefined$/;

/** `['tracks', 'video', 2, 'outMs']` → `tracks.video[2].outMs`; the empty path is the whole document. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && IDENTIFIER.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out === '' ? '(document)' : out;
}

function isMissing(issue: Issue): boolean {
  return issue.code === 'invalid_type' && MISSING.test(issue.message);
}

function humanMessage(issue: Issue): string {
  const missing = MISSING.exec(issue.message);
  return issue.code === 'invalid_type' && missing ? `is required (${missing[1]})` : issue.message;
}

/**
 * zod reports a failed union as one "Invalid input" with every branch's issues nested inside.
 * A person wants the branch they probably meant: the one with the fewest problems. When every
 * branch only misses one different key (e.g. a media reference with neither assetId nor path),
 * saying so is clearer than either branch alone.
 */
function flatten(issue: Issue, prefix: readonly PropertyKey[]): ReadableIssue[] {
  const path = [...prefix, ...issue.path];
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) {
    return [{ path: formatIssuePath(path), message: humanMessage(issue) }];
  }
  const branches = issue.errors;
  const eachMissesOneKey = branches.every((b) => b.length === 1 && b[0] !== undefined && isMissing(b[0]) && b[0].path.length === 1);
  if (eachMissesOneKey) {
    const keys = branches.map((b) => `"${String(b[0]?.path[0])}"`);
    return [{ path: formatIssuePath(path), message: `needs one of ${keys.join(' or ')}` }];
  }
  const best = branches.reduce((a, b) => (b.length < a.length ? b : a));
  return best.flatMap((inner) => flatten(inner, path));
}

/** Every issue, unions resolved to their most likely branch, in zod's order. */
export function readableIssues(issues: readonly Issue[]): ReadableIssue[] {
  return issues.flatMap((issue) => flatten(issue, []));
}

/**
 * The first `max` issues as `path: message`, joined by "; ", with a count of the rest, e.g.
 * `tracks.video[2].outMs: outMs must be after inMs; settings.name: a project needs a name`.
 */
export function formatZodIssues(issues: readonly Issue[], { max = 3 }: { max?: number } = {}): string {
  const all = readableIssues(issues);
  const shown = all.slice(0, Math.max(1, max)).map((i) => `${i.path}: ${i.message}`);
  const rest = all.length - shown.length;
  if (rest > 0) shown.push(`and ${rest} more problem${rest === 1 ? '' : 's'}`);
  return shown.join('; ');
}
