import type { z } from 'zod';
import { AppError } from '../../shared/app-error';
import type { ProviderId } from '../provider';
import { malformedResponse, PROVIDER_NAMES, type Operation } from './provider-errors';

/** Validates a provider answer; a wrong shape is a retryable PROVIDER_ERROR, not a crash later. */
export function parseResponse<T extends z.ZodType>(schema: T, value: unknown, ctx: { provider: ProviderId; operation: Operation }): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'body';
  const problem = typeof value === 'string' ? 'expected JSON, got text' : `${where}: ${issue?.message ?? 'unexpected shape'}`;
  throw malformedResponse({ ...ctx, problem });
}

/** Remote ids go into URL paths, so only the characters the provider uses are let through. */
export function checkRemoteId(args: { provider: ProviderId; remoteId: string; pattern: RegExp }): void {
  if (!args.pattern.test(args.remoteId)) {
    throw new AppError('BAD_INPUT', `"${args.remoteId.slice(0, 80)}" is not a ${PROVIDER_NAMES[args.provider]} task id.`, {
      provider: args.provider,
      field: 'remoteId',
      retryable: false,
    });
  }
}
