import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/app-error';
import { redactAppError, redactText } from './redact';

describe('redaction', () => {
  const key = 'r8_secretSecretSecret123';
  it('masks every occurrence in text, but not short values', () => {
    expect(redactText(`Bearer ${key} and ${key}`, [key])).toBe('Bearer [redacted] and [redacted]');
    expect(redactText('a short one', ['short'])).toBe('a short one');
  });
  it('masks message, nested details and stack, and drops the cause', () => {
    const err = new AppError('BAD_INPUT', `bad ${key}`, { nested: { list: [`x ${key}`] }, n: 1 }, { cause: new Error(key) });
    const clean = redactAppError(err, [key]);
    expect(clean.message).toBe('bad [redacted]');
    expect(clean.details).toEqual({ nested: { list: ['x [redacted]'] }, n: 1 });
    expect(clean.stack).not.toContain(key);
    expect(clean.cause).toBeUndefined();
    expect(clean.code).toBe('BAD_INPUT');
  });
});
