/**
 * Music ducking under voice-over, shared by the render (a volume expression, main/core/render)
 * and the editor's preview (an <audio> volume), so both dip the music at the same moments.
 */

/** Music starts to dip this long before a voice and comes back over this long after it. */
export const DUCK_ATTACK_MS = 200;
export const DUCK_RELEASE_MS = 500;

export interface DuckRange {
  startMs: number;
  endMs: number;
}

/** Voice ranges sorted and merged where the ducking ramps between them would overlap. */
export function mergeDuckRanges(ranges: readonly DuckRange[]): DuckRange[] {
  const sorted = [...ranges].sort((a, b) => a.startMs - b.startMs);
  const merged: DuckRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.startMs - last.endMs < DUCK_ATTACK_MS + DUCK_RELEASE_MS) last.endMs = Math.max(last.endMs, range.endMs);
    else merged.push({ ...range });
  }
  return merged;
}

/**
 * The ducking envelope at `ms`: 1 outside the (merged) ranges, `gain` inside, with linear ramps
 * of DUCK_ATTACK_MS before and DUCK_RELEASE_MS after each. The render's expression is the same sum.
 */
export function duckEnvelope({ ranges, gain, ms }: { ranges: readonly DuckRange[]; gain: number; ms: number }): number {
  let bumps = 0;
  for (const { startMs, endMs } of ranges) {
    bumps += Math.min(1, Math.max(0, Math.min((ms - (startMs - DUCK_ATTACK_MS)) / DUCK_ATTACK_MS, (endMs + DUCK_RELEASE_MS - ms) / DUCK_RELEASE_MS)));
  }
  return 1 - (1 - gain) * bumps;
}
