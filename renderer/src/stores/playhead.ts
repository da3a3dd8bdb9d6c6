import { useSyncExternalStore } from 'react';

type Listener = (ms: number) => void;

let current = 0;
const listeners = new Set<Listener>();

/**
 * The playhead time in milliseconds, kept out of React state: it changes every animation frame
 * while playing, and only the few things that draw it should re-render. Read it with
 * playhead.get() inside requestAnimationFrame, or subscribe; usePlayheadMs() is for small
 * widgets (a time readout) that may re-render each frame.
 */
export const playhead = {
  get: (): number => current,
  set(ms: number): void {
    const next = Math.max(0, Math.round(ms));
    if (next === current) return;
    current = next;
    for (const listener of listeners) listener(next);
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  reset(): void {
    playhead.set(0);
  },
};

export function usePlayheadMs(): number {
  return useSyncExternalStore(playhead.subscribe, playhead.get, playhead.get);
}
