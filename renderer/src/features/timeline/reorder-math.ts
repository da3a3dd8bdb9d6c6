/** An item's place on the video lane while it is reordered, in lane pixels. */
export interface Slot {
  leftPx: number;
  widthPx: number;
}

const centre = (s: Slot): number => s.leftPx + s.widthPx / 2;

/**
 * Where the dragged item (`fromIndex`, moved by deltaPx) would land: its position after the
 * move, i.e. how many of the other items have their middle left of the dragged item's middle.
 */
export function reorderTarget({ slots, fromIndex, deltaPx }: { slots: readonly Slot[]; fromIndex: number; deltaPx: number }): number {
  const active = slots[fromIndex];
  if (active === undefined) return fromIndex;
  const at = centre(active) + deltaPx;
  let before = 0;
  slots.forEach((slot, index) => {
    if (index !== fromIndex && centre(slot) < at) before += 1;
  });
  return before;
}

/**
 * How far item `index` steps aside while the dragged item hovers at `toIndex`: the items it
 * passed move over by its width, towards where it came from; the others stay.
 */
export function reorderShiftPx({ slots, fromIndex, toIndex, index }: { slots: readonly Slot[]; fromIndex: number; toIndex: number; index: number }): number {
  const width = slots[fromIndex]?.widthPx ?? 0;
  if (fromIndex < toIndex && index > fromIndex && index <= toIndex) return -width;
  if (toIndex < fromIndex && index >= toIndex && index < fromIndex) return width;
  return 0;
}

/**
 * The drag offset (in px) that puts the dragged item at `toIndex`: just past the middle of the
 * item it has to pass, so reorderTarget agrees. Used for keyboard moves (one position per key).
 */
export function offsetForTarget({ slots, fromIndex, toIndex }: { slots: readonly Slot[]; fromIndex: number; toIndex: number }): number {
  const active = slots[fromIndex];
  const last = slots.length - 1;
  const to = Math.min(Math.max(0, toIndex), last);
  if (active === undefined || to === fromIndex) return 0;
  // Moving right to position k passes the item now at k; moving left to k passes the item at k.
  const passed = slots[to];
  if (passed === undefined) return 0;
  const goal = to > fromIndex ? centre(passed) + 1 : centre(passed) - 1;
  return goal - centre(active);
}
