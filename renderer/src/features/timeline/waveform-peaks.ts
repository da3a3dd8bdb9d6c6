/**
 * Which peaks each pixel column of a timeline waveform shows. Pure, so the canvas drawing is a
 * plain loop and the mapping (trim, loop, zoom) is tested by numbers.
 */

export type Peak = readonly [number, number];

export interface PeakColumnsInput {
  /** [min, max] per bucket, spread evenly over the whole file. */
  peaks: readonly Peak[];
  /** Length of the whole file the peaks cover. */
  sourceMs: number;
  /** The trimmed part of the file the item plays: [inMs, outMs). */
  inMs: number;
  outMs: number;
  /** How long the item lasts on the timeline (longer than outMs − inMs when it loops). */
  itemMs: number;
  columns: number;
  loop: boolean;
}

/**
 * [min, max] per column as a flat array (min of column c at 2c, max at 2c+1). Each column
 * covers its slice of item time; a column past the end of a non-looping sound is silent (0, 0).
 */
export function peakColumns({ peaks, sourceMs, inMs, outMs, itemMs, columns, loop }: PeakColumnsInput): Float32Array {
  const out = new Float32Array(Math.max(0, columns) * 2);
  const segment = outMs - inMs;
  if (peaks.length === 0 || sourceMs <= 0 || segment <= 0 || columns <= 0) return out;
  const msPerColumn = itemMs / columns;
  const bucketsPerMs = peaks.length / sourceMs;
  for (let c = 0; c < columns; c += 1) {
    const t = c * msPerColumn;
    if (!loop && t >= segment) break;
    const from = inMs + (loop ? t % segment : t);
    const to = Math.min(outMs, from + msPerColumn);
    const first = Math.min(peaks.length - 1, Math.floor(from * bucketsPerMs));
    const end = Math.min(peaks.length, Math.max(first + 1, Math.ceil(to * bucketsPerMs)));
    let min = 1;
    let max = -1;
    for (let b = first; b < end; b += 1) {
      const peak = peaks[b];
      if (peak === undefined) continue;
      if (peak[0] < min) min = peak[0];
      if (peak[1] > max) max = peak[1];
    }
    out[2 * c] = min;
    out[2 * c + 1] = max;
  }
  return out;
}

/** Item-relative times (ms) where a looping sound starts over, for the faint loop marks. */
export function loopStarts({ segmentMs, itemMs }: { segmentMs: number; itemMs: number }): number[] {
  const starts: number[] = [];
  if (segmentMs <= 0) return starts;
  // A hard cap keeps a tiny loop on a long timeline from drawing thousands of lines.
  for (let t = segmentMs; t < itemMs && starts.length < 500; t += segmentMs) starts.push(t);
  return starts;
}

/**
 * How much to scale a file's peaks so its loudest moment nearly fills the lane: a thin lane
 * shows little of a quiet file otherwise. Never below 1 and at most 4×, so silence stays flat.
 */
export function peakGain(peaks: readonly Peak[]): number {
  let loudest = 0;
  for (const [min, max] of peaks) loudest = Math.max(loudest, -min, max);
  return loudest <= 0 ? 1 : Math.min(4, Math.max(1, 0.95 / loudest));
}
