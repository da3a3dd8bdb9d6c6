import type { JobRecord } from '../storage/job-repository';

/** What the queue reports. The app forwards these as the contract's job.* events; the CLI prints them. */
export interface JobEventMap {
  /** Any change to the row (state, remote id, error, output). */
  'job.changed': { job: JobRecord };
  /** A poll or an encode moved on; progress 0..1 or null when the provider does not say. */
  'job.progress': { jobId: string; projectId: string | null; progress: number | null; status?: string };
  /** Something went wrong that did not fail the job (e.g. placing a finished clip on the timeline). */
  'job.warning': { jobId: string; message: string };
}
export type JobEventName = keyof JobEventMap;
export type JobListener<N extends JobEventName> = (payload: JobEventMap[N]) => void;

export interface JobEvents {
  on<N extends JobEventName>(name: N, listener: JobListener<N>): () => void;
  emit<N extends JobEventName>(name: N, payload: JobEventMap[N]): void;
}

/**
 * A tiny typed emitter. A listener that throws is isolated (reported to `onListenerError`), so a
 * broken printer can never stop a paid job from being collected.
 */
export function createJobEvents(onListenerError: (err: unknown) => void = () => undefined): JobEvents {
  const listeners = new Map<JobEventName, Set<(payload: never) => void>>();
  return {
    on(name, listener) {
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set);
      set.add(listener as (payload: never) => void);
      return () => void set.delete(listener as (payload: never) => void);
    },
    emit(name, payload) {
      for (const listener of [...(listeners.get(name) ?? [])]) {
        try {
          (listener as (p: typeof payload) => void)(payload);
        } catch (err) {
          onListenerError(err);
        }
      }
    },
  };
}
