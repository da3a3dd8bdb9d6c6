import { describe, expect, it } from 'vitest';
import { AppError } from '../../../main/core/shared/app-error';
import type { Handlers } from '../../../main/handlers/handler-types';
import { handlers } from '../../../main/handlers/registry';
import { commandNames } from '../../../preload/contract/commands';
import { contractEnv } from './contract-env';

/** The registry with one handler swapped, to exercise dispatch's error mapping. */
function withHandler(name: 'projects.list', handler: (...args: never[]) => unknown): Handlers {
  return { ...handlers, [name]: handler } as Handlers;
}

describe('dispatch', () => {
  it('has a handler for every command in the contract and nothing else', () => {
    expect(Object.keys(handlers).sort()).toEqual([...commandNames].sort());
  });

  it('refuses a name that is not a command, including prototype keys', async () => {
    const env = contractEnv();
    for (const name of ['projects.nope', 'toString', '__proto__', 42, null]) {
      const error = await env.error(name as string, {});
      expect(error.code).toBe('BAD_INPUT');
      expect(error.message).toMatch(/^unknown command/);
    }
  });

  it('answers BAD_INPUT with the zod path, and never calls the handler', async () => {
    const env = contractEnv();
    let called = false;
    const spy = withHandler('projects.list', () => {
      called = true;
      return [];
    });
    const result = await env.call('projects.list', { includeDeleted: 'yes' }, spy);
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', details: { command: 'projects.list', path: ['includeDeleted'] } } });
    expect(result.ok ? '' : result.error.message).toMatch(/^projects\.list: includeDeleted: /);
    expect(called).toBe(false);
  });

  it('refuses unknown fields (inputs are strict)', async () => {
    const env = contractEnv();
    const error = await env.error('projects.list', { includeDeleted: true, extra: 1 });
    expect(error.code).toBe('BAD_INPUT');
  });

  it('keeps an AppError code, message and details', async () => {
    const env = contractEnv();
    const spy = withHandler('projects.list', () => {
      throw new AppError('RATE_LIMITED', 'slow down', { retryAfterMs: 5 });
    });
    expect(await env.call('projects.list', {}, spy)).toEqual({ ok: false, error: { code: 'RATE_LIMITED', message: 'slow down', details: { retryAfterMs: 5 } } });
  });

  it('turns any other throw into INTERNAL with a safe message and logs the real one', async () => {
    const env = contractEnv();
    const spy = withHandler('projects.list', () => {
      throw new Error('secret internals at /home/me/x');
    });
    const result = await env.call('projects.list', {}, spy);
    expect(result).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'projects.list failed unexpectedly. The details were written to the log; please report it.', details: { command: 'projects.list' } },
    });
    expect(env.logs.some((l) => l.level === 'error' && l.message.includes('secret internals'))).toBe(true);
  });

  it('refuses an answer that breaks the output schema (INTERNAL), so bugs in main surface in tests', async () => {
    const env = contractEnv();
    const spy = withHandler('projects.list', () => [{ id: 'x' }]);
    const result = await env.call('projects.list', {}, spy);
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL', details: { command: 'projects.list' } } });
  });
});
