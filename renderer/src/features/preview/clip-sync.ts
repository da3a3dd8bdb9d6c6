/** What to do with a clip's <video> element this frame. */
export interface ClipSync {
  /** Seek here (seconds into the file), or leave the position alone. */
  seekToS: number | null;
  play: boolean;
  playbackRate: number;
}

/** Further off than this while playing, a seek is cheaper than catching up. */
export const HARD_DRIFT_S = 0.25;

/**
 * Keeps a clip's <video> on the playhead. Paused (or shuttling backwards, which video elements
 * cannot play) it is seeked to the frame whenever it is off by more than half a frame. Playing,
 * the element runs on its own clock: a small drift (over one frame) is caught up by playing a
 * little faster or slower, because seeking a playing video stalls it; a large one is seeked.
 */
export function clipSync({ desiredS, currentS, playing, rate, fps }: { desiredS: number; currentS: number; playing: boolean; rate: number; fps: number }): ClipSync {
  const drift = currentS - desiredS;
  if (!playing || rate <= 0) return { seekToS: Math.abs(drift) > 0.5 / fps ? desiredS : null, play: false, playbackRate: 1 };
  if (Math.abs(drift) > HARD_DRIFT_S) return { seekToS: desiredS, play: true, playbackRate: rate };
  if (Math.abs(drift) <= 1 / fps) return { seekToS: null, play: true, playbackRate: rate };
  // Close half the gap each second: 0.1 s ahead plays at 0.95×.
  const correction = Math.min(1.5, Math.max(0.5, 1 - drift / 2));
  return { seekToS: null, play: true, playbackRate: rate * correction };
}

/**
 * The clip's own sound level at `localMs` into it: its volume, faded in and out over its
 * transitions, as the render fades the clip's sound so overlapping clips' sound crossfades too.
 */
export function clipGain({ volume, localMs, durationMs, inMs, outMs }: { volume: number; localMs: number; durationMs: number; inMs: number; outMs: number }): number {
  let gain = volume;
  if (inMs > 0) gain *= Math.min(1, Math.max(0, localMs / inMs));
  if (outMs > 0) gain *= Math.min(1, Math.max(0, (durationMs - localMs) / outMs));
  return gain;
}
