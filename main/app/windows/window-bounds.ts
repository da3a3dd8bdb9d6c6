import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What is remembered between runs: the normal (un-maximized) bounds and whether it was maximized. */
export const SavedWindowState = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
});
export type SavedWindowState = z.infer<typeof SavedWindowState>;

export interface WindowSizes {
  defaultWidth: number;
  defaultHeight: number;
  minWidth: number;
  minHeight: number;
}

/** x/y absent means "let the OS centre it". */
export interface RestoredWindow {
  bounds: { width: number; height: number; x?: number; y?: number };
  maximized: boolean;
}

/** A window counts as reachable when at least this much of it is on one display. */
const MIN_VISIBLE = { width: 160, height: 80 };

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

const clamp = (value: number, low: number, high: number): number => Math.min(Math.max(value, low), Math.max(low, high));

function fitSize({ width, height }: { width: number; height: number }, area: Rect, sizes: WindowSizes): { width: number; height: number } {
  return { width: clamp(width, sizes.minWidth, area.width), height: clamp(height, sizes.minHeight, area.height) };
}

/**
 * Where to open the window, from what was saved and the displays there are now (their work
 * areas). A monitor unplugged since last time, a resolution change or a corrupt file must never
 * leave the window off-screen or larger than the screen: it is pulled onto the display it
 * overlaps most, or centred on the primary one when it overlaps none enough.
 */
export function restoreWindow({ saved, workAreas, primary, sizes }: { saved: unknown; workAreas: readonly Rect[]; primary: Rect; sizes: WindowSizes }): RestoredWindow {
  const parsed = SavedWindowState.safeParse(saved);
  if (!parsed.success) return { bounds: fitSize({ width: sizes.defaultWidth, height: sizes.defaultHeight }, primary, sizes), maximized: false };
  const state = parsed.data;

  let best: { area: Rect; size: number } | null = null;
  for (const area of workAreas) {
    const { width, height } = overlap(state, area);
    if (width >= MIN_VISIBLE.width && height >= MIN_VISIBLE.height && (best === null || width * height > best.size)) best = { area, size: width * height };
  }
  if (best === null) return { bounds: fitSize(state, primary, sizes), maximized: state.maximized };

  const { area } = best;
  const size = fitSize(state, area, sizes);
  return {
    bounds: {
      ...size,
      x: clamp(state.x, area.x, area.x + area.width - size.width),
      y: clamp(state.y, area.y, area.y + area.height - size.height),
    },
    maximized: state.maximized,
  };
}
