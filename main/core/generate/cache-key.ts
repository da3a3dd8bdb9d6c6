import { createHash } from 'node:crypto';

/** Everything that determines a paid result; the same fields give the same key. */
export interface CacheKeyInput {
  provider: string;
  model: string;
  /** The model's version when the provider pins one (Replicate community models), else null. */
  modelVersion: string | null;
  /** sha256 of the source image (its library asset id), or null for text-only work. */
  sourceImageSha256: string | null;
  prompt: string | null;
  /** Everything else sent that shapes the output (duration, aspect, motion, voice, …). */
  parameters: Record<string, unknown>;
  seed: number | null;
}

/** Recursively sorts object keys and drops undefined, so key order and absent fields never change a key. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}

/**
 * The content address of a generation: sha256 over canonical JSON of the inputs, prefixed with
 * a schema version so a change in what is hashed can never match an old entry.
 */
export function generationCacheKey(input: CacheKeyInput): string {
  const text = JSON.stringify(canonical({ v: 1, ...input }));
  return createHash('sha256').update(text).digest('hex');
}
