/** Fixed sizes of the timeline, shared by the components and set as CSS variables on the root. */
export const HEADER_WIDTH_PX = 112;
/** Room kept free after the last item (to drop media or extend the project), in px. */
export const TAIL_ROOM_PX = 240;
/** Space left at the right when the timeline is zoomed to fit. */
export const FIT_PADDING_PX = 24;
export const VIDEO_ROW_HEIGHT_PX = 64;

/**
 * True when a pointer-down landed on empty track space (not on an item, handle, button or
 * field): it then clears the selection and moves the playhead.
 */
export function isEmptyTrackSpace(target: EventTarget | null): boolean {
  if (typeof Element === 'undefined' || !(target instanceof Element)) return false;
  return target.closest('[role="listitem"], button, input, select, textarea, a, [role="slider"], [role="dialog"], [data-timeline-item]') === null;
}
