import { msToFrame, type Timeline } from '../../../../preload/contract/layout';
import type { TransitionKind, VideoItem } from '../../../../preload/contract/project/video-track';

/** One video item on screen at a frame: which frame of it (0-based) and how many it has. */
export interface ActiveItem {
  index: number;
  item: VideoItem;
  startFrame: number;
  frames: number;
  localFrame: number;
}

/** A transition being drawn: step `step` of `steps` (0-based), from `from` into `to`. */
export interface ActiveTransition {
  kind: Exclude<TransitionKind, 'cut'>;
  step: number;
  steps: number;
  from: ActiveItem;
}

export interface VideoAt {
  /** The output frame shown (clamped to the last one). */
  frame: number;
  /** The item on top (the incoming one during a transition); null for an empty timeline. */
  current: ActiveItem | null;
  transition: ActiveTransition | null;
}

/** Frames of each item, every boundary converted once, exactly as the render planner does. */
function itemFrames(timeline: Timeline, fps: number): Array<{ startFrame: number; endFrame: number }> {
  return timeline.items.map((entry) => ({ startFrame: msToFrame(entry.startMs, fps), endFrame: msToFrame(entry.endMs, fps) }));
}

/**
 * What the export shows at `ms`: the frame is the playhead's nearest frame (as frame stepping
 * counts), the item is the last one covering it, and during an overlap with the previous item
 * the transition step counts from the item's first frame, as the render's transition does.
 */
export function videoAt({ items, timeline, fps, ms }: { items: readonly VideoItem[]; timeline: Timeline; fps: number; ms: number }): VideoAt {
  const frames = itemFrames(timeline, fps);
  const total = msToFrame(timeline.totalMs, fps);
  const frame = Math.max(0, Math.min(msToFrame(ms, fps), total - 1));
  const active = (index: number): ActiveItem | null => {
    const item = items[index];
    const at = frames[index];
    if (item === undefined || at === undefined) return null;
    return { index, item, startFrame: at.startFrame, frames: at.endFrame - at.startFrame, localFrame: frame - at.startFrame };
  };
  let index = -1;
  frames.forEach((at, i) => {
    if (at.startFrame <= frame && frame < at.endFrame) index = i;
  });
  const current = active(index);
  if (current === null) return { frame, current: null, transition: null };
  const previous = frames[index - 1];
  const kind = current.item.transitionIn.kind;
  const steps = previous ? previous.endFrame - current.startFrame : 0;
  const from = active(index - 1);
  if (kind === 'cut' || steps <= 0 || current.localFrame >= steps || from === null) return { frame, current, transition: null };
  return { frame, current, transition: { kind, step: current.localFrame, steps, from } };
}
