import type { AdloomBridge, CommandName, EventName } from '../../../preload/contract/api';
import type { Transport } from './transport';

/** Electron: the preload's bridge already speaks Result; this only narrows the types. */
export function createIpcTransport(bridge: AdloomBridge): Transport {
  return {
    mode: 'electron',
    invoke: (name: CommandName, input: unknown) => (bridge.invoke as (n: CommandName, i: unknown) => ReturnType<Transport['invoke']>)(name, input),
    on: (name: EventName, listener: (payload: unknown) => void) => bridge.on(name, listener as never),
  };
}
