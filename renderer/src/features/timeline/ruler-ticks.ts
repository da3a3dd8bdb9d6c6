/** Ruler spacing: labelled major ticks and the unlabelled minor ticks between them, in ms. */
export interface TickScale {
  majorMs: number;
  minorMs: number;
}

/** "Nice" steps, smallest first; each minor step divides its major one evenly. */
const SCALES: readonly TickScale[] = [
  { majorMs: 100, minorMs: 20 },
  { majorMs: 200, minorMs: 50 },
  { majorMs: 500, minorMs: 100 },
  { majorMs: 1_000, minorMs: 200 },
  { majorMs: 2_000, minorMs: 500 },
  { majorMs: 5_000, minorMs: 1_000 },
  { majorMs: 10_000, minorMs: 2_000 },
  { majorMs: 15_000, minorMs: 5_000 },
  { majorMs: 30_000, minorMs: 10_000 },
  { majorMs: 60_000, minorMs: 15_000 },
  { majorMs: 120_000, minorMs: 30_000 },
  { majorMs: 300_000, minorMs: 60_000 },
  { majorMs: 600_000, minorMs: 120_000 },
];

/** Labels need room: the smallest scale whose major ticks are at least minLabelPx apart. */
export const MIN_LABEL_PX = 72;

export function chooseTickScale(pxPerMs: number, minLabelPx = MIN_LABEL_PX): TickScale {
  const fits = SCALES.find((s) => s.majorMs * pxPerMs >= minLabelPx);
  return fits ?? (SCALES[SCALES.length - 1] as TickScale);
}

export interface Tick {
  ms: number;
  major: boolean;
}

/** The ticks from fromMs to toMs inclusive (a visible window), multiples of the minor step. */
export function ticksInRange({ fromMs, toMs, scale }: { fromMs: number; toMs: number; scale: TickScale }): Tick[] {
  const ticks: Tick[] = [];
  const first = Math.max(0, Math.ceil(fromMs / scale.minorMs));
  const last = Math.floor(toMs / scale.minorMs);
  for (let n = first; n <= last; n += 1) {
    const ms = n * scale.minorMs;
    ticks.push({ ms, major: ms % scale.majorMs === 0 });
  }
  return ticks;
}

/** A ruler label: "0:05", "1:30", and tenths when the step is under a second ("0:02.5"). */
export function formatTickLabel(ms: number, stepMs: number): string {
  const minutes = Math.floor(ms / 60_000);
  const seconds = (ms % 60_000) / 1000;
  const text = stepMs < 1000 ? seconds.toFixed(1).padStart(4, '0') : String(Math.floor(seconds)).padStart(2, '0');
  return `${minutes}:${text}`;
}

/** The time readout: "0:03.25" (minutes, seconds, hundredths). */
export function formatTimecode(ms: number): string {
  const safe = Math.max(0, Math.round(ms));
  const minutes = Math.floor(safe / 60_000);
  const seconds = Math.floor((safe % 60_000) / 1000);
  const hundredths = Math.floor((safe % 1000) / 10);
  return `${minutes}:${String(seconds).padStart(2, '0')}.${String(hundredths).padStart(2, '0')}`;
}
