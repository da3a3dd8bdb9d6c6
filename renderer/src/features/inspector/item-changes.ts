import { BUNDLED_FONTS } from '../../../../preload/contract/layout/fonts';
import type { Aspect, MediaRef, Resolution } from '../../../../preload/contract/project/primitives';
import { resolutionAllowed } from '../../../../preload/contract/project/frame-size';
import type { Brand } from '../../../../preload/contract/project/settings';
import type { TextStyle } from '../../../../preload/contract/project/overlay-track';
import type { CardBackground, TransitionKind } from '../../../../preload/contract/project/video-track';
import { formatSeconds, type Parsed } from './parse';

/** What switching a style part on gives it (the schema's own defaults where it has them). */
export const STYLE_PART_DEFAULTS = {
  outline: { color: '#000000', width: 3 },
  shadow: { color: '#00000099', dx: 2, dy: 2 },
  box: { color: '#000000aa', padding: 16 },
} as const;
export type StylePart = keyof typeof STYLE_PART_DEFAULTS;

/** The whole new style with one part (outline, shadow, box) switched on or off. */
export function toggledStyle(style: TextStyle, part: StylePart, on: boolean): TextStyle {
  return { ...style, [part]: on ? (style[part] ?? { ...STYLE_PART_DEFAULTS[part] }) : null };
}

export const assetIdOf = (ref: MediaRef | null): string | null => (ref !== null && 'assetId' in ref ? ref.assetId : null);

/**
 * A card background of another kind, carrying over what it can: the colour becomes the
 * gradient's start, an image needs one of the project's images.
 */
export function backgroundOfKind({ current, kind, brand, imageAssetId }: { current: CardBackground; kind: CardBackground['kind']; brand: Brand; imageAssetId: string | null }): Parsed<CardBackground> {
  if (kind === current.kind) return { ok: true, value: current };
  const base = current.kind === 'color' ? current.color : current.kind === 'gradient' ? current.from : brand.colors.background;
  if (kind === 'color') return { ok: true, value: { kind, color: base } };
  if (kind === 'gradient') return { ok: true, value: { kind, from: base, to: base === brand.colors.primary ? brand.colors.secondary : brand.colors.primary, angleDeg: 90 } };
  if (imageAssetId === null) return { ok: false, reason: 'import an image in Media first, then pick it here' };
  return { ok: true, value: { kind, media: { assetId: imageAssetId }, framing: 'cover', dim: 0.35 } };
}

/** Aspect change; 2160p exists only for 16:9, so other aspects drop to 1080p in the same edit. */
export function aspectChanges(aspect: Aspect, resolution: Resolution): { aspect: Aspect; resolution?: Resolution } {
  return resolutionAllowed(aspect, resolution) ? { aspect } : { aspect, resolution: '1080p' };
}

/** Bundled families first, then brand fonts and the current value when they are not bundled. */
export function fontChoices(brand: Brand, current?: string): string[] {
  const names = [...Object.keys(BUNDLED_FONTS), brand.fonts.heading, brand.fonts.body, ...(current === undefined ? [] : [current])];
  return names.filter((name, i) => names.findIndex((n) => n.toLowerCase() === name.toLowerCase()) === i);
}

/** A new transition kind keeps its duration, or gets a usual half second when it had none (a cut). */
export function transitionDurationFor(kind: TransitionKind, currentMs: number): number {
  if (kind === 'cut') return 0;
  return currentMs > 0 ? currentMs : 500;
}

/**
 * How long video item `index` must last: its transitions in and out overlap it, and an item
 * shorter than both would make the timeline unrenderable.
 */
export function transitionsMs(video: readonly { transitionIn: { durationMs: number } }[], index: number): number {
  const overlap = (i: number): number => (i <= 0 ? 0 : (video[i]?.transitionIn.durationMs ?? 0));
  return overlap(index) + overlap(index + 1);
}

/** A clip's new trim, checked against itself, the length of its source file when known, and its transitions. */
export function clipTrim({ inMs, outMs, sourceMs, minMs = 0 }: { inMs: number; outMs: number; sourceMs: number | null; minMs?: number }): Parsed<{ inMs: number; outMs: number }> {
  if (outMs <= inMs) return { ok: false, reason: `the out point must be after the in point (${formatSeconds(inMs)} s)` };
  if (sourceMs !== null && outMs > sourceMs) return { ok: false, reason: `the source is only ${formatSeconds(sourceMs)} s long` };
  if (outMs - inMs < minMs) return { ok: false, reason: `the clip must play at least ${formatSeconds(minMs)} s: its transitions overlap that much` };
  return { ok: true, value: { inMs, outMs } };
}

/** An audio trim; an absent out point plays to the end of the file (the field is then removed). */
export function audioTrim({ inMs, outMs, sourceMs }: { inMs: number; outMs: number | null; sourceMs: number | null }): Parsed<{ inMs: number; outMs: number | undefined }> {
  if (sourceMs !== null && inMs >= sourceMs) return { ok: false, reason: `the sound is only ${formatSeconds(sourceMs)} s long` };
  if (outMs === null) return { ok: true, value: { inMs, outMs: undefined } };
  const checked = clipTrim({ inMs, outMs, sourceMs });
  return checked.ok ? { ok: true, value: checked.value } : checked;
}
