import { allocateDurations } from './durations';

/**
 * Makes an LLM's scene lengths whole milliseconds that add up to the platform's length,
 * keeping their proportions: models rarely add up exactly, and that is not worth a repair.
 */
export function rescaleDurations({ durations, totalMs, minMs }: { durations: readonly number[]; totalMs: number; minMs: number }): { durations: number[]; note: string | null } {
  const rounded = durations.map((d) => Math.round(d));
  const roundedNote = rounded.some((d, i) => d !== durations[i]) ? 'durationMs rounded to whole milliseconds' : null;
  const sum = rounded.reduce((a, b) => a + b, 0);
  if (sum === totalMs && rounded.every((d) => d >= minMs)) return { durations: rounded, note: roundedNote };
  // Weights are what each scene gets above the minimum, so the result stays proportional.
  const weights = rounded.map((d) => Math.max(1, (d * totalMs) / Math.max(1, sum) - minMs));
  const scaled = allocateDurations({ totalMs, bounds: rounded.map(() => ({ min: minMs, max: totalMs })), weights });
  return { durations: scaled, note: `scene durations summed to ${sum} ms and were scaled to the ${totalMs} ms the plan needs` };
}
