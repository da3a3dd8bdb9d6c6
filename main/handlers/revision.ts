import { createHash } from 'node:crypto';

/**
 * A document's revision: the first 32 hex digits of the sha256 of its JSON. Documents are
 * validated before they are stored and after they are loaded, so equal content always gives
 * the same text (zod writes keys in schema order) and the same revision.
 */
export function revisionOf(document: unknown): string {
  return createHash('sha256').update(JSON.stringify(document)).digest('hex').slice(0, 32);
}
