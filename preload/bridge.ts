import { commandChannel, eventChannel, type AdloomBridge, type PageFile } from './contract/api';
import type { CommandName, CommandOutput } from './contract/commands';
import type { EventName } from './contract/event-schemas';
import type { Result } from './contract/result';

/**
 * The slice of ipcRenderer the bridge uses. index.ts passes the real one; tests pass an
 * emitter, because this file must not load 'electron' outside Electron.
 */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

function refused(code: 'BAD_INPUT' | 'INTERNAL', message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

/**
 * window.adloom: invoke a contract command, listen to a contract event, nothing else
 * (style-anchors §3.3, checklist item 20). Names outside the contract never reach IPC; the
 * channels carry fixed prefixes; listeners get the payload only, never Electron's event object
 * (which would hand the page `sender`, and with it ipcRenderer).
 */
export interface BridgeDeps {
  ipc: IpcRendererLike;
  commandNames: readonly string[];
  eventNames: readonly string[];
  /** Electron's webUtils.getPathForFile; index.ts passes the real one. */
  getPathForFile: (file: PageFile) => string;
}

export function createBridge({ ipc, commandNames, eventNames, getPathForFile }: BridgeDeps): AdloomBridge {
  const commands = new Set(commandNames);
  const events = new Set(eventNames);
  return {
    async invoke<N extends CommandName>(name: N, input: unknown): Promise<Result<CommandOutput<N>>> {
      if (typeof name !== 'string' || !commands.has(name)) return refused('BAD_INPUT', `unknown command ${JSON.stringify(String(name)).slice(0, 120)}`);
      try {
        // main answers every call with a Result value (errors included), see register-commands.ts.
        return (await ipc.invoke(commandChannel(name), input)) as Result<CommandOutput<N>>;
      } catch (err) {
        // Only reached when main has no handler or the call could not be delivered.
        return refused('INTERNAL', `${name} could not reach the main process: ${err instanceof Error ? err.message : String(err)}`);
      }
    },
    on(name, listener) {
      if (typeof name !== 'string' || !events.has(name)) throw new TypeError(`unknown event ${JSON.stringify(String(name)).slice(0, 120)}`);
      if (typeof listener !== 'function') throw new TypeError(`the listener for ${name} must be a function`);
      const channel = eventChannel(name as EventName);
      const forward = (_event: unknown, payload: unknown): void => (listener as (payload: unknown) => void)(payload);
      ipc.on(channel, forward);
      let subscribed = true;
      return () => {
        if (!subscribed) return;
        subscribed = false;
        ipc.removeListener(channel, forward);
      };
    },
    pathForFile(file) {
      // Anything but a File makes webUtils throw; the page gets '' (no path) instead of a crash.
      if (typeof file !== 'object' || file === null) return '';
      try {
        const found = getPathForFile(file);
        return typeof found === 'string' ? found : '';
      } catch {
        return '';
      }
    },
  };
}
