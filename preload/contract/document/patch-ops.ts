import { z } from 'zod';
import { JsonPointer } from './json-pointer';

/**
 * The edit operations of document.patch: RFC 6902 JSON Patch without `copy` (every id in a
 * document must be unique, so copying an item is never what the editor wants).
 */
export const PatchOp = z.discriminatedUnion('op', [
  z.object({ op: z.literal('add'), path: JsonPointer, value: z.unknown() }).strict(),
  z.object({ op: z.literal('remove'), path: JsonPointer }).strict(),
  z.object({ op: z.literal('replace'), path: JsonPointer, value: z.unknown() }).strict(),
  z.object({ op: z.literal('move'), from: JsonPointer, path: JsonPointer }).strict(),
  /** Fails the whole patch unless the value at `path` equals `value` (a guard for merges). */
  z.object({ op: z.literal('test'), path: JsonPointer, value: z.unknown() }).strict(),
]);
export type PatchOp = z.infer<typeof PatchOp>;

export const MAX_PATCH_OPS = 1000;
export const PatchOps = z.array(PatchOp).min(1, 'give at least one op').max(MAX_PATCH_OPS);
