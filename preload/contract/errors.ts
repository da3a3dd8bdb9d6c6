import { z } from 'zod';

/**
 * Error codes that can reach a person or another process. Every failure that crosses a
 * boundary (IPC, WebSocket, CLI exit) carries one of these, a message that names the input and
 * the reason, and optional structured details.
 */
export const ERROR_CODES = [
  'BAD_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'UNSUPPORTED_VERSION',
  'MEDIA_INVALID',
  'BINARY_MISSING',
  'FFMPEG_FAILED',
  'CANCELLED',
  'IO_ERROR',
  'PROVIDER_ERROR',
  'AUTH_FAILED',
  'OUT_OF_CREDIT',
  'RATE_LIMITED',
  'BUDGET_EXCEEDED',
  'INTERNAL',
] as const;

export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const AppErrorDto = z.object({
  code: ErrorCode,
  message: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type AppErrorDto = z.infer<typeof AppErrorDto>;
