import { computeTimeline, msToFrame } from '../../../preload/contract/layout';
import type { ProjectDocument, TransitionKind } from '../../../preload/contract/project';

export type DrawnKind = Exclude<TransitionKind, 'cut'>;

/** What output frame f should show: one item alone, or step `step` of `steps` of a transition. */
export type ExpectedFrame = { kind: 'item'; index: number } | { kind: 'transition'; transition: DrawnKind; from: number; to: number; step: number; steps: number };

/**
 * The frame-by-frame timing the editor's preview uses (renderer/src/features/preview/video-at.ts),
 * from the shared computeTimeline: every item boundary converted to a frame once; the item shown
 * is the last one covering the frame; a transition into item i runs over its first
 * (previous end frame − its start frame) frames, and its step is the frame's index inside item i.
 */
export function expectedFrames(document: Pick<ProjectDocument, 'tracks' | 'settings'>): ExpectedFrame[] {
  const { fps } = document.settings;
  const timeline = computeTimeline(document);
  const spans = timeline.items.map((entry) => ({ start: msToFrame(entry.startMs, fps), end: msToFrame(entry.endMs, fps) }));
  const total = msToFrame(timeline.totalMs, fps);
  return Array.from({ length: total }, (_, f): ExpectedFrame => {
    let index = -1;
    spans.forEach((span, i) => {
      if (span.start <= f && f < span.end) index = i;
    });
    const item = document.tracks.video[index];
    const span = spans[index];
    const previous = spans[index - 1];
    if (!item || !span) throw new Error(`no video item covers frame ${f}`);
    const kind = item.transitionIn.kind;
    const steps = previous ? previous.end - span.start : 0;
    const step = f - span.start;
    if (kind === 'cut' || steps <= 0 || step >= steps) return { kind: 'item', index };
    return { kind: 'transition', transition: kind, from: index - 1, to: index, step, steps };
  });
}

/** How a transition step should measure on solid colours (see lookOf). */
export type ExpectedLook =
  | { measure: 'edge'; axis: 'row' | 'column'; incomingFrom: number }
  | { measure: 'mix'; incoming: number }
  | { measure: 'fade'; layer: 'outgoing' | 'incoming'; brightness: number };

/**
 * Step `step` of `steps`, by the definition the preview draws
 * (renderer/src/features/preview/transition-geometry.ts), restated so this test does not import
 * renderer code. xfade's progress runs 1 → 0 as 1 − step/steps:
 * - wipe-left: the incoming item shows right of column z = trunc(w · progress), from z + 1;
 * - slide-up: the incoming item's top edge is at row trunc(h · progress);
 * - crossfade: the incoming item over the outgoing one with alpha step/steps;
 * - fade-black: the outgoing item to black over the first ceil(steps/2) steps, then the incoming
 *   one from black over the rest.
 * Only the kinds this test renders are described.
 */
export function lookOf({ transition, step, steps, width, height }: { transition: DrawnKind; step: number; steps: number; width: number; height: number }): ExpectedLook {
  const progress = 1 - step / steps;
  switch (transition) {
    case 'wipe-left':
      return { measure: 'edge', axis: 'row', incomingFrom: Math.min(width, Math.trunc(width * progress) + 1) };
    case 'slide-up':
      return { measure: 'edge', axis: 'column', incomingFrom: Math.min(height, Math.trunc(height * progress)) };
    case 'crossfade':
      return { measure: 'mix', incoming: step / steps };
    case 'fade-black': {
      const out = Math.ceil(steps / 2);
      return step < out ? { measure: 'fade', layer: 'outgoing', brightness: 1 - step / out } : { measure: 'fade', layer: 'incoming', brightness: (step - out) / (steps - out) };
    }
    default:
      throw new Error(`this test does not measure ${transition}`);
  }
}
