import type { ClipItem, ProjectSettings, StillItem, VideoItem } from '../../../../preload/contract/project';
import { msToFrame, type Timeline } from '../../../../preload/contract/layout';
import { AppError } from '../../shared/app-error';
import { mediaOfKind } from './media-checks';
import { planCard } from './plan-card';
import type { PlanContext } from './plan-context';
import { SAMPLE_RATE, type PlanClip, type PlanStill, type PlanTransition, type PlanVideoItem } from './render-plan';

interface Placement {
  startFrame: number;
  frames: number;
  transitionIn: PlanTransition | null;
  /** Transition lengths in ms on either side (clip sound fades with them). */
  inMs: number;
  outMs: number;
}

function planClip(ctx: PlanContext, { item, at }: { item: ClipItem; at: Placement }): PlanClip {
  const what = `clip "${item.id}"`;
  const media = mediaOfKind(ctx, { ref: item.media, what, kinds: ['video'] });
  // Probed durations and the editor's trims can disagree by a frame; more than that is a real error.
  const toleranceMs = Math.ceil(1000 / (media.fps > 0 ? media.fps : 30));
  if (item.outMs > media.durationMs + toleranceMs) {
    throw new AppError('BAD_INPUT', `${what} is trimmed to end at ${item.outMs} ms, but ${media.path} lasts only ${media.durationMs} ms.`, { itemId: item.id });
  }
  const samplesPerFrame = SAMPLE_RATE / ctx.fps;
  const audible = media.hasAudio && item.volume > 0;
  return {
    kind: 'clip',
    id: item.id,
    startFrame: at.startFrame,
    frames: at.frames,
    transitionIn: at.transitionIn,
    path: media.path,
    inMs: item.inMs,
    readMs: item.outMs - item.inMs,
    sourceFps: media.fps,
    framing: item.framing,
    audio: audible ? { startSample: at.startFrame * samplesPerFrame, samples: at.frames * samplesPerFrame, volume: item.volume, fadeInMs: at.inMs, fadeOutMs: at.outMs } : null,
  };
}

function planStill(ctx: PlanContext, { item, at }: { item: StillItem; at: Placement }): PlanStill {
  const media = mediaOfKind(ctx, { ref: item.media, what: `still "${item.id}"`, kinds: ['image'] });
  return {
    kind: 'still',
    id: item.id,
    startFrame: at.startFrame,
    frames: at.frames,
    transitionIn: at.transitionIn,
    path: media.path,
    motion: { ...item.motion },
    framing: item.framing,
    sourceWidth: media.width,
    sourceHeight: media.height,
  };
}

function transitionOf(item: VideoItem, frames: number): PlanTransition | null {
  // A transition shorter than half a frame rounds to nothing: it is a cut.
  return item.transitionIn.kind === 'cut' || frames === 0 ? null : { kind: item.transitionIn.kind, frames };
}

/** Turns the timeline's milliseconds into frames (each boundary converted once) and plans each item. */
export function planVideo(ctx: PlanContext, { items, timeline, settings }: { items: readonly VideoItem[]; timeline: Timeline; settings: ProjectSettings }): PlanVideoItem[] {
  return items.map((item, index) => {
    const entry = timeline.items[index];
    const previous = timeline.items[index - 1];
    const next = timeline.items[index + 1];
    if (entry === undefined) throw new AppError('INTERNAL', `video item "${item.id}" is missing from the timeline.`);
    const startFrame = msToFrame(entry.startMs, ctx.fps);
    const overlapFrames = previous ? msToFrame(previous.endMs, ctx.fps) - startFrame : 0;
    const at: Placement = {
      startFrame,
      frames: msToFrame(entry.endMs, ctx.fps) - startFrame,
      transitionIn: transitionOf(item, overlapFrames),
      inMs: entry.transitionInMs,
      outMs: next?.transitionInMs ?? 0,
    };
    if (item.type === 'clip') return planClip(ctx, { item, at });
    if (item.type === 'still') return planStill(ctx, { item, at });
    return { kind: 'card', id: item.id, startFrame: at.startFrame, frames: at.frames, transitionIn: at.transitionIn, ...planCard(ctx, { card: item, settings }) };
  });
}
