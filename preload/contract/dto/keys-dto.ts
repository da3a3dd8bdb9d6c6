import { z } from 'zod';

/** The same list as main/core/ports/secret-store.ts SECRET_NAMES (kept equal by a test in main/handlers). */
export const KEY_PROVIDERS = ['replicate', 'runway', 'elevenlabs'] as const;
export const KeyProvider = z.enum(KEY_PROVIDERS);
export type KeyProvider = z.infer<typeof KeyProvider>;

/** All the renderer ever learns about a key: whether one is set, and where it lives. Never the key. */
export const KeyStatusDto = z
  .object({
    provider: KeyProvider,
    configured: z.boolean(),
    /** For messages, e.g. "the environment variable REPLICATE_API_TOKEN". */
    source: z.string(),
  })
  .strict();
export type KeyStatusDto = z.infer<typeof KeyStatusDto>;

export const SetKeyInput = z
  .object({
    provider: KeyProvider,
    // Keys are opaque tokens: no whitespace inside, a generous cap.
    key: z.string().trim().min(8, 'the key is too short').max(4096).regex(/^\S+$/, 'the key must not contain spaces'),
  })
  .strict();

export const KeyTestResultDto = z
  .object({
    status: z.enum(['ok', 'invalid', 'out-of-credit', 'missing']),
    message: z.string(),
    details: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();
export type KeyTestResultDto = z.infer<typeof KeyTestResultDto>;
