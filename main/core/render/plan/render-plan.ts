import type { CameraMove, Easing, Framing, MediaRef, TransitionKind } from '../../../../preload/contract/project';
import type { LineAlign } from '../../../../preload/contract/layout';

/** What the planner needs to know about a piece of media (from the library's probe). */
export interface ResolvedMedia {
  path: string;
  kind: 'image' | 'video' | 'audio';
  /** Display size (after rotation). */
  width: number;
  height: number;
  durationMs: number;
  fps: number;
  hasAudio: boolean;
}

/** Resolves a document's media reference; throws AppError('NOT_FOUND') for unknown media. */
export type MediaResolver = (ref: MediaRef) => ResolvedMedia;

/** Audio is always mixed and encoded at this rate; every timeline point is a whole number of samples. */
export const SAMPLE_RATE = 48_000;

export interface PlanOutput {
  width: number;
  height: number;
  fps: number;
  frames: number;
  /** frames / fps, rounded to whole milliseconds (what the file's duration should probe as). */
  durationMs: number;
  samples: number;
}

/** A non-cut transition into an item; it starts at the item's startFrame. */
export interface PlanTransition {
  kind: Exclude<TransitionKind, 'cut'>;
  frames: number;
}

/** When a drawn element shows: [startFrame, endFrame) of the output, with fades in milliseconds. */
export interface PlanTiming {
  startFrame: number;
  endFrame: number;
  fadeInMs: number;
  fadeOutMs: number;
}

/** One line of text, one drawtext. Colours are #rrggbbaa. */
export interface TextDraw {
  /** Name of the file in the work dir holding the line (listed in plan.textFiles). */
  textFile: string;
  fontFile: string;
  fontSizePx: number;
  color: string;
  baselineY: number;
  anchorX: number;
  align: LineAlign;
  outline: { color: string; widthPx: number } | null;
  shadow: { color: string; dx: number; dy: number } | null;
  box: { color: string; paddingPx: number } | null;
  /** null = for the whole stream it is drawn on (cards). */
  timing: PlanTiming | null;
}

interface PlanItemBase {
  id: string;
  startFrame: number;
  frames: number;
  transitionIn: PlanTransition | null;
}

export interface PlanClipAudio {
  startSample: number;
  samples: number;
  volume: number;
  /** Fades that follow the transitions, so overlapping clips' sound crossfades too. */
  fadeInMs: number;
  fadeOutMs: number;
}

export interface PlanClip extends PlanItemBase {
  kind: 'clip';
  path: string;
  inMs: number;
  /** Source milliseconds read from inMs (the item's duration). */
  readMs: number;
  sourceFps: number;
  framing: Framing;
  /** null when the clip is muted or its file has no sound. */
  audio: PlanClipAudio | null;
}

export interface PlanStill extends PlanItemBase {
  kind: 'still';
  path: string;
  motion: { move: CameraMove; intensity: number; easing: Easing };
  framing: Framing;
  sourceWidth: number;
  sourceHeight: number;
}

export type PlanCardBackground =
  | { kind: 'color'; color: string }
  | { kind: 'gradient'; from: string; to: string; angleDeg: number }
  | { kind: 'image'; path: string; framing: Framing; dim: number };

export interface PlanLogo {
  path: string;
  centerX: number;
  top: number;
  maxWidth: number;
  maxHeight: number;
}

export interface PlanCard extends PlanItemBase {
  kind: 'card';
  background: PlanCardBackground;
  logo: PlanLogo | null;
  texts: TextDraw[];
}

export type PlanVideoItem = PlanClip | PlanStill | PlanCard;

export interface PlanTextOverlay {
  kind: 'text';
  id: string;
  lines: TextDraw[];
}

export interface PlanImageOverlay {
  kind: 'image';
  id: string;
  path: string;
  widthPx: number;
  heightPx: number;
  x: number;
  y: number;
  opacity: number;
  timing: PlanTiming;
}

export type PlanOverlay = PlanTextOverlay | PlanImageOverlay;

/** A sound file placed on the timeline, already trimmed to what is heard. */
export interface PlanSound {
  id: string;
  path: string;
  inMs: number;
  /**
   * How the source is read: 'once' reads `readMs` from inMs; 'stream' loops the whole file at the
   * demuxer (-stream_loop); 'segment' loops the [inMs, inMs + readMs) segment in memory.
   */
  loop: 'once' | 'stream' | 'segment';
  readMs: number | null;
  startSample: number;
  samples: number;
  volume: number;
  fadeInMs: number;
  fadeOutMs: number;
  ducked: boolean;
}

export interface PlanDucking {
  /** Linear gain applied to ducked music while a voice plays. */
  gain: number;
  /** Merged voice-over ranges in output milliseconds. */
  ranges: Array<{ startMs: number; endMs: number }>;
  attackMs: number;
  releaseMs: number;
}

export interface PlanAudio {
  music: PlanSound[];
  voice: PlanSound[];
  ducking: PlanDucking | null;
  loudness: { targetLufs: number; truePeakDb: number };
}

/** Everything the argument builder needs, resolved, validated and in whole frames and samples. */
export interface RenderPlan {
  output: PlanOutput;
  video: PlanVideoItem[];
  overlays: PlanOverlay[];
  audio: PlanAudio;
  /** Files the runner writes into the work dir before FFmpeg starts (drawtext reads them). */
  textFiles: Array<{ name: string; content: string }>;
  /** Things that were adjusted rather than refused (unknown font, overlay past the end, …). */
  warnings: string[];
}
