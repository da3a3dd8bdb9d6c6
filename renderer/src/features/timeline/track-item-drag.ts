/**
 * The pure maths of dragging overlay and audio items on the timeline: move, trim and fade,
 * clamped so the result is always a valid document value (whole milliseconds, no negative
 * times, never shorter than MIN_ITEM_MS, never past the end of the source file).
 */

/** The shortest an item may be trimmed to: shorter would be too thin to grab again. */
export const MIN_ITEM_MS = 100;

export type Snap = (ms: number) => number;
const noSnap: Snap = (ms) => ms;

export type SpanDrag = 'move' | 'trim-start' | 'trim-end';
export type AudioDrag = SpanDrag | 'fade-in' | 'fade-out';

/** An overlay's time range on the timeline. */
export interface Span {
  startMs: number;
  durationMs: number;
}

/** The fields of a music or voice-over clip a drag changes. outMs undefined = to the end of the file. */
export interface AudioTrim {
  startMs: number;
  inMs: number;
  outMs: number | undefined;
  fadeInMs: number;
  fadeOutMs: number;
}

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

/**
 * Where a moved item starts: its start snaps, or else its end does (whichever edge finds a
 * snap target), so an item can be butted against a neighbour from either side.
 */
function movedStart({ startMs, lengthMs, deltaMs, snap, snapEnd }: { startMs: number; lengthMs: number; deltaMs: number; snap: Snap; snapEnd: boolean }): number {
  const raw = Math.max(0, startMs + deltaMs);
  const byStart = Math.round(snap(raw));
  const byEnd = snapEnd ? Math.round(snap(raw + lengthMs)) - lengthMs : raw;
  const chosen = byStart !== raw || byEnd === raw ? byStart : byEnd;
  return Math.max(0, chosen);
}

/** Moves or trims an overlay; the start edge keeps the end where it is. */
export function dragSpan({ span, mode, deltaMs, snap = noSnap }: { span: Span; mode: SpanDrag; deltaMs: number; snap?: Snap }): Span {
  const { startMs, durationMs } = span;
  const endMs = startMs + durationMs;
  // An item that is already shorter than the minimum may stay that short, but not get shorter.
  const minMs = Math.min(MIN_ITEM_MS, durationMs);
  if (mode === 'move') return { startMs: movedStart({ startMs, lengthMs: durationMs, deltaMs, snap, snapEnd: true }), durationMs };
  if (mode === 'trim-start') {
    const start = clamp(Math.round(snap(startMs + deltaMs)), 0, endMs - minMs);
    return { startMs: start, durationMs: endMs - start };
  }
  const end = Math.round(snap(endMs + deltaMs));
  return { startMs, durationMs: Math.max(minMs, end - startMs) };
}

/**
 * How long an audio clip lasts on the timeline: its trimmed part of the file, or, for looping
 * music, up to `loopToMs` (the end of the timeline) when that is later.
 */
export function audioLengthMs({ clip, sourceMs, loopToMs }: { clip: Pick<AudioTrim, 'startMs' | 'inMs' | 'outMs'>; sourceMs: number; loopToMs?: number | null }): number {
  const segment = Math.max(1, (clip.outMs ?? sourceMs) - clip.inMs);
  if (loopToMs === undefined || loopToMs === null) return segment;
  const toEnd = loopToMs - clip.startMs;
  return toEnd > 0 ? toEnd : segment;
}

/** Fades may take at most half the clip each, so fade-in and fade-out never cross. */
function withFades(clip: AudioTrim, lengthMs: number): AudioTrim {
  const max = Math.floor(lengthMs / 2);
  return { ...clip, fadeInMs: clamp(clip.fadeInMs, 0, max), fadeOutMs: clamp(clip.fadeOutMs, 0, max) };
}

export interface AudioDragInput {
  clip: AudioTrim;
  mode: AudioDrag;
  deltaMs: number;
  /** Length of the source file (ms). */
  sourceMs: number;
  /** Looping music: the timeline end it repeats up to; null otherwise. */
  loopToMs?: number | null;
  snap?: Snap;
}

function trimmedAudio({ clip, mode, deltaMs, sourceMs, snap }: Required<Omit<AudioDragInput, 'loopToMs'>>): AudioTrim {
  const outMs = clip.outMs ?? sourceMs;
  const segment = outMs - clip.inMs;
  const minMs = Math.min(MIN_ITEM_MS, segment);
  if (mode === 'trim-start') {
    // The start edge moves the clip's start and its in-point together, so the sound stays put.
    const shift = Math.round(snap(clip.startMs + deltaMs)) - clip.startMs;
    const applied = clamp(shift, -Math.min(clip.startMs, clip.inMs), Math.max(0, segment - minMs));
    return { ...clip, startMs: clip.startMs + applied, inMs: clip.inMs + applied };
  }
  const endMs = clip.startMs + segment;
  const out = clamp(clip.inMs + Math.round(snap(endMs + deltaMs)) - clip.startMs, clip.inMs + minMs, Math.max(sourceMs, outMs));
  // Untrimmed clips stay "to the end of the file" when dragged back to it.
  return { ...clip, outMs: clip.outMs === undefined && out === sourceMs ? undefined : out };
}

/** Moves, trims or fades a music or voice-over clip. */
export function dragAudio(input: AudioDragInput): AudioTrim {
  const { clip, mode, deltaMs, sourceMs, loopToMs = null, snap = noSnap } = input;
  const lengthOf = (c: AudioTrim): number => audioLengthMs({ clip: c, sourceMs, loopToMs });
  if (mode === 'fade-in') return withFades({ ...clip, fadeInMs: clip.fadeInMs + deltaMs }, lengthOf(clip));
  // The fade-out handle sits at the end: dragging it left lengthens the fade.
  if (mode === 'fade-out') return withFades({ ...clip, fadeOutMs: clip.fadeOutMs - deltaMs }, lengthOf(clip));
  if (mode === 'move') {
    // Looping music always ends at the timeline end, so only its start can snap.
    const startMs = movedStart({ startMs: clip.startMs, lengthMs: lengthOf(clip), deltaMs, snap, snapEnd: loopToMs === null });
    const moved = { ...clip, startMs };
    return withFades(moved, lengthOf(moved));
  }
  const trimmed = trimmedAudio({ clip, mode, deltaMs, sourceMs, snap });
  return withFades(trimmed, lengthOf(trimmed));
}

/** The fields that differ between two values, for one updateItem call (empty = nothing to do). */
export function changedFields<T extends object>(before: T, after: T): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (before[key] !== after[key]) changes[key] = after[key];
  }
  return changes;
}
