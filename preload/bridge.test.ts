import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createBridge, type IpcRendererLike } from './bridge';
import { commandNames } from './contract/commands';
import { eventNames } from './contract/event-schemas';

/** ipcRenderer's shape over an emitter; main's side answers from a table (Electron cannot start here). */
class IpcStandIn extends EventEmitter implements IpcRendererLike {
  readonly invoked: Array<[string, unknown[]]> = [];
  constructor(private readonly answer: (channel: string, args: unknown[]) => Promise<unknown>) {
    super();
  }
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invoked.push([channel, args]);
    return this.answer(channel, args);
  }
}

/** Stands in for webUtils.getPathForFile: files it knows have a path, anything else throws like Electron's. */
const paths = new Map<object, string>();
const noPath = (file: object): string => {
  const found = paths.get(file);
  if (found === undefined) throw new TypeError('Error processing argument at index 0, conversion failure from');
  return found;
};

const savedPayload = { projectId: 'p1', name: 'Ad', revision: 1, updatedAt: '2026-01-01T00:00:00.000Z' };

describe('createBridge', () => {
  it('exposes exactly invoke, on and pathForFile', () => {
    const bridge = createBridge({ ipc: new IpcStandIn(() => Promise.resolve(null)), commandNames, eventNames, getPathForFile: noPath });
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on', 'pathForFile']);
  });

  it('answers a dropped file with its path, and anything else with an empty path instead of throwing', () => {
    const bridge = createBridge({ ipc: new IpcStandIn(() => Promise.resolve(null)), commandNames, eventNames, getPathForFile: noPath });
    const dropped = { name: 'mug.png', size: 3, type: 'image/png' };
    paths.set(dropped, '/home/me/mug.png');
    expect(bridge.pathForFile(dropped)).toBe('/home/me/mug.png');
    expect(bridge.pathForFile({ name: 'made-in-page.txt', size: 1, type: 'text/plain' })).toBe('');
    expect(bridge.pathForFile(null as never)).toBe('');
    expect(bridge.pathForFile('/etc/passwd' as never)).toBe('');
  });

  it('sends a contract command on its cmd: channel and returns main’s Result as is', async () => {
    const ipc = new IpcStandIn(() => Promise.resolve({ ok: true, value: { version: '1' } }));
    const bridge = createBridge({ ipc, commandNames, eventNames, getPathForFile: noPath });
    expect(await bridge.invoke('app.info', {})).toEqual({ ok: true, value: { version: '1' } });
    expect(ipc.invoked).toEqual([['cmd:app.info', [{}]]]);
  });

  it('refuses names outside the contract without touching IPC', async () => {
    const ipc = new IpcStandIn(() => Promise.resolve(null));
    const bridge = createBridge({ ipc, commandNames, eventNames, getPathForFile: noPath });
    expect(await bridge.invoke('shell.openExternal' as never, {} as never)).toEqual({ ok: false, error: { code: 'BAD_INPUT', message: 'unknown command "shell.openExternal"' } });
    expect(await bridge.invoke(42 as never, {} as never)).toEqual({ ok: false, error: { code: 'BAD_INPUT', message: 'unknown command "42"' } });
    expect(ipc.invoked).toEqual([]);
    expect(() => bridge.on('ipc.raw' as never, () => {})).toThrow('unknown event "ipc.raw"');
  });

  it('turns a failed delivery into an INTERNAL error value', async () => {
    const bridge = createBridge({ ipc: new IpcStandIn(() => Promise.reject(new Error("No handler registered for 'cmd:app.info'"))), commandNames, eventNames, getPathForFile: noPath });
    expect(await bridge.invoke('app.info', {})).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: "app.info could not reach the main process: No handler registered for 'cmd:app.info'" },
    });
  });

  it('gives listeners the payload only, never the IPC event, and unsubscribes once', () => {
    const ipc = new IpcStandIn(() => Promise.resolve(null));
    const bridge = createBridge({ ipc, commandNames, eventNames, getPathForFile: noPath });
    const received: unknown[][] = [];
    const stop = bridge.on('project.saved', (...args: unknown[]) => received.push(args));
    const ipcEvent = { sender: { send: () => {} }, senderId: 0 };
    ipc.emit('evt:project.saved', ipcEvent, savedPayload);
    expect(received).toEqual([[savedPayload]]);
    stop();
    stop();
    ipc.emit('evt:project.saved', ipcEvent, savedPayload);
    expect(received).toHaveLength(1);
    expect(ipc.listenerCount('evt:project.saved')).toBe(0);
  });
});
