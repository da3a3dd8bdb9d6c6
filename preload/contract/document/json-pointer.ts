import { z } from 'zod';

/** Segments that would reach an object's prototype instead of its data. */
const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'prototype', 'constructor']);

/** RFC 6901: "" is the whole document, otherwise "/" + segments with "~1" for "/" and "~0" for "~". */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function formatPointer(segments: readonly string[]): string {
  return segments.map((segment) => `/${segment.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** A JSON Pointer into the project document, checked before any op runs. */
export const JsonPointer = z
  .string()
  .max(512, 'must be at most 512 characters')
  .refine((p) => p === '' || p.startsWith('/'), 'must be "" or start with "/"')
  .refine((p) => !/~[^01]|~$/.test(p), 'has a "~" not followed by 0 or 1')
  .refine((p) => !parsePointer(p).some((segment) => FORBIDDEN_SEGMENTS.has(segment)), 'must not name __proto__, prototype or constructor');
