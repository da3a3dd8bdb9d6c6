import type { EventName, EventPayload } from '../../preload/contract/event-schemas';

/** ~10 Hz: fast enough for a progress bar, slow enough not to flood the renderer. */
export const PROGRESS_INTERVAL_MS = 100;

export interface ThrottleRule {
  /** Events with the same key replace each other while throttled. */
  key: string;
  /** The last event of a stream: delivered at once, and whatever was pending is dropped. */
  final: boolean;
}

type Rules = { [N in EventName]?: (payload: EventPayload<N>) => ThrottleRule };

const RULES: Rules = {
  'job.progress': (p) => ({ key: `job:${p.jobId}`, final: p.progress === 1 }),
  'import.progress': (p) => ({ key: `import:${p.importId ?? ''}`, final: p.done === p.total }),
  'render.progress': (p) => ({ key: `render:${p.renderId}`, final: p.state !== 'running' }),
};

/** How an event is throttled, or null when every one is delivered (state changes, saves). */
export function throttleRule<N extends EventName>(name: N, payload: EventPayload<N>): ThrottleRule | null {
  const rule = RULES[name] as ((p: EventPayload<N>) => ThrottleRule) | undefined;
  return rule ? rule(payload) : null;
}

/**
 * Throttled streams an unthrottled event supersedes: a job.changed must not be followed by an
 * older job.progress still waiting in the throttle, so that progress is delivered first.
 */
export function supersededKey<N extends EventName>(name: N, payload: EventPayload<N>): string | null {
  if (name === 'job.changed') return `job:${(payload as EventPayload<'job.changed'>).job.id}`;
  return null;
}
