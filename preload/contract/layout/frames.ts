/**
 * The one place milliseconds become frames. Every timeline point is converted on its own (never
 * by adding frame counts of converted durations), so rounding errors cannot accumulate: an item
 * lasts `msToFrame(end) - msToFrame(start)` frames and its neighbours agree on the boundary.
 */
export function msToFrame(ms: number, fps: number): number {
  // Integer arithmetic: nearest frame, halves rounded up.
  return Math.floor((2 * ms * fps + 1000) / 2000);
}

/** Frames → seconds as FFmpeg reads it: at most 6 decimals (FFmpeg parses durations to microseconds). */
export function framesToSeconds(frames: number, fps: number): string {
  return formatSeconds(frames / fps);
}

/** Seconds without float noise: 1.5 → "1.5", 1/3 → "0.333333", 2 → "2". */
export function formatSeconds(seconds: number): string {
  const micro = Math.round(seconds * 1e6);
  const sign = micro < 0 ? '-' : '';
  const abs = Math.abs(micro);
  const whole = Math.floor(abs / 1e6);
  const frac = String(abs % 1e6).padStart(6, '0').replace(/0+$/, '');
  return frac ? `${sign}${whole}.${frac}` : `${sign}${whole}`;
}
