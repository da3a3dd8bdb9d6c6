import { events, type EventName, type EventPayload } from '../../preload/contract/event-schemas';
import { AppError } from '../core/shared/app-error';
import { PROGRESS_INTERVAL_MS, supersededKey, throttleRule } from './event-throttle';

/** What core-facing code gets: emit only. */
export interface EventSink {
  emit<N extends EventName>(name: N, payload: EventPayload<N>): void;
}

export type EventListener = (name: EventName, payload: unknown) => void;

/** What transports get: subscribe, and stop the timers when the app closes. */
export interface EventBus extends EventSink {
  subscribe(listener: EventListener): () => void;
  /** Delivers everything held back by the throttle now. */
  flush(): void;
  close(): void;
}

export interface EventBusOptions {
  intervalMs?: number;
  /** Checks every payload against the contract (dev and tests); a bad payload throws INTERNAL. */
  validate?: boolean;
  now?: () => number;
  onListenerError?: (err: unknown) => void;
}

interface Stream {
  lastAt: number;
  pending?: { name: EventName; payload: unknown };
  timer?: ReturnType<typeof setTimeout>;
}

/** The one path events take from core to the transports (style-anchors §3.3 emitEvent). */
export function createEventBus(options: EventBusOptions = {}): EventBus {
  const { intervalMs = PROGRESS_INTERVAL_MS, validate = process.env.NODE_ENV !== 'production', now = Date.now } = options;
  const listeners = new Set<EventListener>();
  const streams = new Map<string, Stream>();

  const deliver = (name: EventName, payload: unknown): void => {
    for (const listener of [...listeners]) {
      try {
        listener(name, payload);
      } catch (err) {
        options.onListenerError?.(err);
      }
    }
  };

  const flushStream = (key: string): void => {
    const stream = streams.get(key);
    if (!stream) return;
    if (stream.timer) clearTimeout(stream.timer);
    stream.timer = undefined;
    if (stream.pending) {
      const { name, payload } = stream.pending;
      stream.pending = undefined;
      stream.lastAt = now();
      deliver(name, payload);
    }
  };

  return {
    emit(name, payload) {
      if (validate) {
        const parsed = events[name].safeParse(payload);
        if (!parsed.success) {
          const first = parsed.error.issues[0];
          throw new AppError('INTERNAL', `event ${name} has an invalid payload at ${first?.path.join('.') || '(payload)'}: ${first?.message ?? 'invalid'}`);
        }
      }
      const superseded = supersededKey(name, payload);
      if (superseded !== null) flushStream(superseded);
      const rule = throttleRule(name, payload);
      if (rule === null) return deliver(name, payload);
      const stream = streams.get(rule.key) ?? { lastAt: -Infinity };
      streams.set(rule.key, stream);
      if (rule.final) {
        if (stream.timer) clearTimeout(stream.timer);
        streams.delete(rule.key);
        return deliver(name, payload);
      }
      const wait = stream.lastAt + intervalMs - now();
      if (wait <= 0 && !stream.timer) {
        stream.lastAt = now();
        return deliver(name, payload);
      }
      stream.pending = { name, payload };
      if (!stream.timer) {
        stream.timer = setTimeout(() => flushStream(rule.key), Math.max(wait, 0));
        stream.timer.unref?.();
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    flush() {
      for (const key of [...streams.keys()]) flushStream(key);
    },
    close() {
      for (const stream of streams.values()) if (stream.timer) clearTimeout(stream.timer);
      streams.clear();
      listeners.clear();
    },
  };
}
