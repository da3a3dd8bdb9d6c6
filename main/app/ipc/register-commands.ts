import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { commandChannel } from '../../../preload/contract/api';
import { commandNames } from '../../../preload/contract/commands';
import type { Result } from '../../../preload/contract/result';
import type { DispatchRequest, HandlerContext } from '../../handlers';
import { isTrustedSender, untrustedSenderResult, type SenderFacts } from './sender-policy';

export type Dispatch = (request: DispatchRequest) => Promise<Result<unknown>>;

/** What the registration reads from an invoke event; a real IpcMainInvokeEvent has it. */
export type InvokeEvent = Pick<IpcMainInvokeEvent, 'senderFrame'>;

export interface RegisterCommandsOptions {
  ipc: Pick<IpcMain, 'handle' | 'removeHandler'>;
  ctx: HandlerContext;
  dispatch: Dispatch;
  trustedOrigins: readonly string[];
  onRefused?: (command: string, sender: SenderFacts) => void;
}

export function senderFacts(event: InvokeEvent): SenderFacts {
  const frame = event.senderFrame;
  // A WebFrameMain getter throws once the frame is disposed; treat that like a missing frame.
  try {
    return frame === null ? { frameUrl: null, isTopFrame: false } : { frameUrl: frame.url, isTopFrame: frame.parent === null };
  } catch {
    return { frameUrl: null, isTopFrame: false };
  }
}

/**
 * One ipcMain.handle per contract command on the fixed cmd: channel. Each call: sender check
 * (our origin, top frame) → dispatch (name check, zod parse, handler, errors as values).
 * The page can only reach names in the contract; there is no generic channel. Returns a
 * function that removes every handler (for a clean quit and for tests).
 */
export function registerCommands({ ipc, ctx, dispatch, trustedOrigins, onRefused }: RegisterCommandsOptions): () => void {
  for (const name of commandNames) {
    ipc.handle(commandChannel(name), async (event: InvokeEvent, rawInput: unknown) => {
      const sender = senderFacts(event);
      if (!isTrustedSender({ sender, trustedOrigins })) {
        onRefused?.(name, sender);
        return untrustedSenderResult({ command: name, sender });
      }
      return dispatch({ name, rawInput, ctx });
    });
  }
  return () => {
    for (const name of commandNames) ipc.removeHandler(commandChannel(name));
  };
}
