import { describe, expect, it } from 'vitest';
import type { Handlers } from './handler-types';
import { handlers } from './registry';

/**
 * The real check is `tsc -p main`: each @ts-expect-error below must stay an error, or tsc fails
 * with "unused directive". So a registry that misses a command, answers with the wrong type
 * or reads a field the input does not have can never compile.
 */
describe('Handlers type', () => {
  it('rejects a missing, mistyped or misreading handler at compile time', () => {
    const { 'app.info': _dropped, ...rest } = handlers;
    // @ts-expect-error app.info is missing
    const missing: Handlers = rest;
    // @ts-expect-error projects.list must answer with project summaries, not a number
    const wrongOutput: Handlers = { ...handlers, 'projects.list': () => 42 };
    // @ts-expect-error media.get's input has assetId, not path
    const wrongInput: Handlers = { ...handlers, 'media.get': ({ path }) => ({ path }) };
    expect([missing, wrongOutput, wrongInput].every((h) => typeof h === 'object')).toBe(true);
  });
});
