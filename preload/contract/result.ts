import { z } from 'zod';
import { AppErrorDto } from './errors';

/**
 * What every command answers with, over both transports. Errors travel as values: Electron's
 * ipcMain.handle would carry only `message` across for a thrown error, and a WebSocket has no
 * throw at all, so `{ ok, value | error }` is the one shape both can carry faithfully.
 */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorDto };

/** The envelope as a schema, for transports that must check what arrives (renderer, tests). */
export const ResultEnvelope = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }).strict(),
  z.object({ ok: z.literal(false), error: AppErrorDto }).strict(),
]);
export type ResultEnvelope = z.infer<typeof ResultEnvelope>;

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(error: AppErrorDto): Result<never> {
  return { ok: false, error };
}
