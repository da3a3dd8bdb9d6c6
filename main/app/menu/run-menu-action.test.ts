import { describe, expect, it } from 'vitest';
import type { Result } from '../../../preload/contract/result';
import { createMenuActionRunner } from './run-menu-action';

describe('createMenuActionRunner', () => {
  it('sends editor actions to the renderer, links to the browser, commands to dispatch', async () => {
    const log: string[] = [];
    let answer: Result<unknown> = { ok: true, value: null };
    const run = createMenuActionRunner({
      runCommand: async (name, input) => {
        log.push(`command ${name} ${JSON.stringify(input)}`);
        return answer;
      },
      sendUiAction: (action) => log.push(`ui ${action}`),
      openExternal: (url) => log.push(`open ${url}`),
      showError: (message) => log.push(`error ${message}`),
    });
    run({ kind: 'ui', action: 'edit.undo' });
    run({ kind: 'external', url: 'https://replicate.com/' });
    run({ kind: 'command', name: 'app.reveal', input: { target: { kind: 'dataDir' } } });
    await new Promise((resolve) => setTimeout(resolve, 0));
    answer = { ok: false, error: { code: 'IO_ERROR', message: 'the data folder /x is missing' } };
    run({ kind: 'command', name: 'app.reveal', input: { target: { kind: 'dataDir' } } });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(log).toEqual([
      'ui edit.undo',
      'open https://replicate.com/',
      'command app.reveal {"target":{"kind":"dataDir"}}',
      'command app.reveal {"target":{"kind":"dataDir"}}',
      'error the data folder /x is missing',
    ]);
  });
});
