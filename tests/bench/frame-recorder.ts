import type { Page } from 'playwright';

interface FrameWindow {
  __adloomFrames?: { times: number[]; running: boolean };
}

// A string, not a function: tsx (esbuild keepNames) would wrap a named function in a `__name`
// helper that does not exist in the page.
const RECORDER = `(() => {
  const rec = { times: [], running: true };
  window.__adloomFrames = rec;
  const tick = (t) => { if (!rec.running) return; rec.times.push(t); requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
})()`;

/** Starts recording requestAnimationFrame timestamps in the page (what the person sees as frames). */
export async function recordFrames(page: Page): Promise<void> {
  await page.evaluate(RECORDER);
}

/** Stops recording and answers the intervals between consecutive frames, in ms. */
export async function stopFrames(page: Page): Promise<number[]> {
  const times = await page.evaluate(() => {
    const rec = (window as unknown as FrameWindow).__adloomFrames;
    if (rec === undefined) return [];
    rec.running = false;
    return rec.times;
  });
  return times.slice(1).map((t, i) => t - (times[i] ?? t));
}

/** The value below which `p` of the samples fall (nearest rank). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
}
