import { events, isEventName, type EventName } from '../../../preload/contract/event-schemas';
import type { Result } from '../../../preload/contract/result';
import { ServerFrame, TOKEN_HEADER } from '../../../preload/contract/wire';
import { UploadReceiptDto } from '../../../preload/contract/dto/media-dto';
import { transportFailure, type Transport } from './transport';

export interface WsTransportOptions {
  /** ws://host/ws, with ?token= when the page was opened from the printed link. */
  socketUrl: string;
  /** The token, when known, for upload requests (the cookie covers them otherwise). */
  token: string | null;
  WebSocketImpl?: typeof WebSocket;
  fetchImpl?: typeof fetch;
}

const RETRY_MS = [250, 500, 1000, 2000, 5000];

/**
 * Browser mode: one socket, calls numbered and answered by id, events pushed by the server.
 * The socket reconnects after a drop (server restart, sleep); calls in flight at the drop fail
 * with IO_ERROR, since main may or may not have run them.
 */
export function createWsTransport(options: WsTransportOptions): Transport {
  const { socketUrl, token } = options;
  // Looked up when first needed, so building a transport never touches browser globals.
  const makeSocket = (): WebSocket => new (options.WebSocketImpl ?? WebSocket)(socketUrl);
  const doFetch: typeof fetch = (input, init) => (options.fetchImpl ?? fetch)(input, init);
  const pending = new Map<number, (result: Result<unknown>) => void>();
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const queue: string[] = [];
  let nextId = 1;
  let socket: WebSocket | null = null;
  let attempt = 0;

  const onFrame = (text: string): void => {
    let parsed: ReturnType<typeof ServerFrame.safeParse>;
    try {
      parsed = ServerFrame.safeParse(JSON.parse(text));
    } catch {
      return;
    }
    if (!parsed.success) return;
    const frame = parsed.data;
    if (frame.t === 'result') {
      const settle = pending.get(frame.id);
      pending.delete(frame.id);
      settle?.(frame.result as Result<unknown>);
      return;
    }
    if (!isEventName(frame.name)) return;
    const payload = events[frame.name].safeParse(frame.payload);
    if (payload.success) for (const listener of listeners.get(frame.name) ?? []) listener(payload.data);
  };

  const connect = (): WebSocket => {
    const ws = makeSocket();
    socket = ws;
    ws.onopen = () => {
      attempt = 0;
      for (const frame of queue.splice(0)) ws.send(frame);
    };
    ws.onmessage = (e: MessageEvent) => onFrame(typeof e.data === 'string' ? e.data : '');
    ws.onclose = () => {
      socket = null;
      for (const settle of pending.values()) settle(transportFailure('the connection to Adloom was lost; is "adloom serve" still running?'));
      pending.clear();
      const delay = RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)] ?? 5000;
      attempt += 1;
      // Reconnect only while someone listens or waits; a new call reconnects on its own.
      if (listeners.size > 0 || queue.length > 0) setTimeout(() => socket ?? connect(), delay);
    };
    return ws;
  };

  return {
    mode: 'browser',
    invoke(name, input) {
      const id = nextId++;
      const frame = JSON.stringify({ t: 'call', id, name, input });
      return new Promise((resolve) => {
        pending.set(id, resolve);
        const ws = socket ?? connect();
        if (ws.readyState === ws.OPEN) ws.send(frame);
        else queue.push(frame);
      });
    },
    on(name, listener) {
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set);
      set.add(listener);
      if (socket === null) connect();
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(name);
      };
    },
    async upload(file) {
      const res = await doFetch(`/upload?name=${encodeURIComponent(file.name)}`, {
        method: 'POST',
        body: file,
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/octet-stream', ...(token !== null && { [TOKEN_HEADER]: token }) },
      }).catch(() => null);
      if (res === null) return transportFailure(`uploading ${file.name} failed: the connection to Adloom was lost`);
      if (!res.ok) {
        const reason = (await res.text()).trim();
        const code = res.status === 400 || res.status === 413 ? 'BAD_INPUT' : 'IO_ERROR';
        return { ok: false, error: { code, message: `uploading ${file.name} failed: ${reason || res.status}` } };
      }
      const receipt = UploadReceiptDto.safeParse(await res.json());
      return receipt.success ? { ok: true, value: receipt.data } : transportFailure(`uploading ${file.name} failed: the server's answer was not understood`);
    },
  };
}
