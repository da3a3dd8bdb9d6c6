import type { WebSocket, RawData } from 'ws';
import { CallFrame, type ServerFrame } from '../../preload/contract/wire';
import { AppError } from '../core/shared/app-error';
import { dispatch } from '../handlers/dispatch';
import type { EventBus } from '../handlers/event-bus';
import type { HandlerContext } from '../handlers/handler-context';

function send(ws: WebSocket, frame: ServerFrame): void {
  if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(frame));
}

function parseFrame(data: RawData): { frame: CallFrame } | { id: number | null; error: AppError } {
  let json: unknown;
  try {
    json = JSON.parse(data.toString());
  } catch {
    return { id: null, error: new AppError('BAD_INPUT', 'the message is not JSON') };
  }
  const parsed = CallFrame.safeParse(json);
  if (parsed.success) return { frame: parsed.data };
  const id = (json as { id?: unknown } | null)?.id;
  const issue = parsed.error.issues[0];
  return {
    id: typeof id === 'number' && Number.isInteger(id) && id >= 0 ? id : null,
    error: new AppError('BAD_INPUT', `the message is not a call: ${issue?.path.join('.') || '(message)'}: ${issue?.message ?? 'invalid'}`, { path: issue?.path ?? [] }),
  };
}

/**
 * One browser tab's socket: calls go through the same dispatch as Electron IPC; every contract
 * event is pushed to every tab. A frame that is not a call is answered with BAD_INPUT when it
 * has an id, and closes the socket (1007) when it has none: there is nothing to answer to.
 */
export function attachSocket(ws: WebSocket, opts: { ctx: HandlerContext; bus: EventBus }): void {
  const unsubscribe = opts.bus.subscribe((name, payload) => send(ws, { t: 'event', name, payload }));
  ws.on('close', unsubscribe);
  ws.on('error', unsubscribe);
  ws.on('message', (data, isBinary) => {
    if (isBinary) return ws.close(1003, 'binary frames are not accepted');
    const parsed = parseFrame(data);
    if ('error' in parsed) {
      if (parsed.id === null) return ws.close(1007, parsed.error.message.slice(0, 120));
      return send(ws, { t: 'result', id: parsed.id, result: { ok: false, error: parsed.error.toDto() } });
    }
    const { frame } = parsed;
    void dispatch({ name: frame.name, rawInput: frame.input, ctx: opts.ctx }).then((result) => send(ws, { t: 'result', id: frame.id, result }));
  });
}
