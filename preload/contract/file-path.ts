import { z } from 'zod';

/** Longest path accepted anywhere in the contract (Windows long paths fit; nothing sane is longer). */
export const MAX_PATH_LENGTH = 4096;

const WINDOWS_DRIVE = /^[A-Za-z]:[\\/]/;

/** True for "/x" (POSIX), "C:\x" / "C:/x" (Windows drive) and "\\server\share" (UNC). */
export function isAbsolutePath(value: string): boolean {
  return value.startsWith('/') || WINDOWS_DRIVE.test(value) || value.startsWith('\\\\');
}

/** True when any segment, split on "/" or "\", is "..": the path climbs out of where it points. */
export function hasParentSegment(value: string): boolean {
  return value.split(/[\\/]/).some((segment) => segment === '..');
}

/**
 * A file path a person chose (dialog, drop, CLI). Every path-like field in the contract uses it,
 * so traversal is refused at the boundary of both transports, before any handler runs: the path
 * must be absolute (nothing is resolved against the main process's working directory), must not
 * contain ".." segments or NUL/control characters, and has a length cap.
 */
export const FilePath = z
  .string()
  .min(1, 'must not be empty')
  .max(MAX_PATH_LENGTH, `must be at most ${MAX_PATH_LENGTH} characters`)
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  .refine((value) => !/[\u0000-\u001f]/.test(value), 'must not contain control characters')
  .refine(isAbsolutePath, 'must be an absolute path')
  .refine((value) => !hasParentSegment(value), 'must not contain ".." segments');
export type FilePath = z.infer<typeof FilePath>;

/**
 * A bare file name (no folder): what a save dialog suggests or an upload is called. The same
 * rules, plus no separators at all.
 */
export const FileName = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(255, 'must be at most 255 characters')
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  .refine((value) => !/[\u0000-\u001f/\\]/.test(value), 'must be a file name without folders or control characters')
  .refine((value) => value !== '.' && value !== '..', 'must be a file name, not "." or ".."');
export type FileName = z.infer<typeof FileName>;
