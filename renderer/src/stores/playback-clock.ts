import { useAppStore } from './app-store';
import { playhead } from './playhead';
import { selectTimeline } from './selectors';

export interface ClockDeps {
  requestFrame: (cb: (now: number) => void) => number;
  cancelFrame: (id: number) => void;
}

/**
 * Moves the playhead while `playing`, at `rate`, on animation frames, and stops at either end.
 * It writes the playhead store only, never React state. The preview may seek the playhead
 * itself (e.g. from a <video>); this clock only adds elapsed time to whatever it finds.
 */
export function startPlaybackClock(deps: ClockDeps): () => void {
  let frame: number | null = null;
  let last: number | null = null;

  const tick = (now: number): void => {
    const { playing, rate } = useAppStore.getState();
    if (!playing) return;
    const elapsed = last === null ? 0 : now - last;
    last = now;
    const total = selectTimeline(useAppStore.getState()).totalMs;
    const next = playhead.get() + elapsed * rate;
    playhead.set(Math.min(total, Math.max(0, next)));
    if (next >= total || next <= 0) {
      if (elapsed > 0) useAppStore.setState({ playing: false, rate: 1 });
      if (elapsed > 0) return;
    }
    frame = deps.requestFrame(tick);
  };

  const unsubscribe = useAppStore.subscribe(
    (s) => s.playing,
    (playing) => {
      if (frame !== null) deps.cancelFrame(frame);
      frame = null;
      last = null;
      if (playing) frame = deps.requestFrame(tick);
    },
  );
  return () => {
    unsubscribe();
    if (frame !== null) deps.cancelFrame(frame);
  };
}
