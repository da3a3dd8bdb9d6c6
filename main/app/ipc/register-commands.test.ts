import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { IpcMain, WebFrameMain } from 'electron';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandNames } from '../../../preload/contract/commands';
import { createEnvSecretStore } from '../../core/ports/env-secret-store';
import { openStore, type Store } from '../../core/storage/store';
import { createEventBus, createHandlerContext, dispatch, type DispatchRequest, type HandlerContext, type ShellPort } from '../../handlers';
import { registerCommands, type InvokeEvent } from './register-commands';

type Listener = (event: InvokeEvent, ...args: unknown[]) => unknown;

/** Collects what registerCommands hands to ipcMain (Electron cannot start here). */
class IpcStandIn {
  readonly handlers = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
}

const noShell: ShellPort = {
  dialogs: false,
  reveal: false,
  openDialog: () => Promise.reject(new Error('no dialogs in this test')),
  saveDialog: () => Promise.reject(new Error('no dialogs in this test')),
  revealPath: () => Promise.reject(new Error('no file manager in this test')),
};

const frame = (url: string, top = true): InvokeEvent => ({ senderFrame: { url, parent: top ? null : {} } as unknown as WebFrameMain });

let dataDir: string;
let store: Store;
let ctx: HandlerContext;
const dispatched: string[] = [];
let ipc: IpcStandIn;
let unregister: () => void;

beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'adloom-ipc-'));
  store = openStore({ dataDir });
  ctx = createHandlerContext({ mode: 'electron', version: '9.9.9', dataDir, store, secrets: createEnvSecretStore({}), shell: noShell, events: createEventBus(), log: () => {} });
  ipc = new IpcStandIn();
  unregister = registerCommands({
    ipc: ipc as unknown as Pick<IpcMain, 'handle' | 'removeHandler'>,
    ctx,
    // The real dispatch, counted, so the tests can see whether a refused call reached it.
    dispatch: (request: DispatchRequest) => {
      dispatched.push(String(request.name));
      return dispatch(request);
    },
    trustedOrigins: ['app://adloom'],
  });
});

afterAll(() => {
  store.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const call = (command: string, event: InvokeEvent, input: unknown): unknown => {
  const listener = ipc.handlers.get(`cmd:${command}`);
  if (!listener) throw new Error(`no handler on cmd:${command}`);
  return listener(event, input);
};

describe('registerCommands', () => {
  it('registers exactly one cmd: channel per contract command, nothing else', () => {
    expect([...ipc.handlers.keys()].sort()).toEqual(commandNames.map((n) => `cmd:${n}`).sort());
  });

  it('runs a command from our top-level page through dispatch', async () => {
    const result = await call('app.info', frame('app://adloom/index.html'), {});
    expect(result).toEqual({
      ok: true,
      value: { version: '9.9.9', mode: 'electron', platform: process.platform, dataDir, capabilities: { dialogs: false, reveal: false, uploads: false } },
    });
  });

  it('returns BAD_INPUT from dispatch for input the contract refuses', async () => {
    const result = (await call('app.info', frame('app://adloom/index.html'), { extra: 1 })) as { ok: boolean; error: { code: string } };
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('BAD_INPUT');
  });

  it('refuses subframes, other origins and vanished frames without dispatching', async () => {
    dispatched.length = 0;
    expect(await call('app.info', frame('app://adloom/index.html', false), {})).toEqual({
      ok: false,
      error: { code: 'BAD_INPUT', message: 'app.info was refused: it came from a subframe (app://adloom/index.html), not from the Adloom window', details: { command: 'app.info', reason: 'untrusted-sender' } },
    });
    expect(await call('app.info', frame('https://evil.example/'), {})).toMatchObject({ ok: false, error: { details: { reason: 'untrusted-sender' } } });
    expect(await call('app.info', { senderFrame: null }, {})).toMatchObject({ ok: false, error: { message: 'app.info was refused: it came from a frame that no longer exists, not from the Adloom window' } });
    expect(dispatched).toEqual([]);
  });

  it('removes every handler it added', () => {
    unregister();
    expect(ipc.handlers.size).toBe(0);
  });
});
