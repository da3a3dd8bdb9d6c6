import { z } from 'zod';
import { CameraMove, Color, Easing, Framing, Id, MediaRef, Ms, PositiveMs } from './primitives';

export const TRANSITION_KINDS = [
  'cut',
  'crossfade',
  'fade-black',
  'wipe-left',
  'wipe-right',
  'wipe-up',
  'wipe-down',
  'slide-left',
  'slide-right',
  'slide-up',
  'slide-down',
] as const;
export const TransitionKind = z.enum(TRANSITION_KINDS);
export type TransitionKind = z.infer<typeof TransitionKind>;

/**
 * The transition from the previous video item into this one. Its duration is an overlap: the
 * two items share that much time, so the timeline is shorter by it (the planner accounts for it,
 * and overlays, captions and audio use the resulting positions). Ignored on the first item.
 */
export const Transition = z
  .object({ kind: TransitionKind.default('cut'), durationMs: Ms.default(0) })
  .strict()
  .refine((t) => t.kind !== 'cut' || t.durationMs === 0, { message: 'a cut has no duration', path: ['durationMs'] });
export type Transition = z.infer<typeof Transition>;

const CUT: Transition = { kind: 'cut', durationMs: 0 };

const itemBase = {
  id: Id,
  transitionIn: Transition.default(CUT),
};

/** An imported or generated video clip, trimmed to [inMs, outMs) of its source. */
export const ClipItem = z
  .object({
    ...itemBase,
    type: z.literal('clip'),
    media: MediaRef,
    inMs: Ms.default(0),
    /** Exclusive end in the source; must be after inMs. */
    outMs: PositiveMs,
    framing: Framing.default('cover'),
    /** Linear gain of the clip's own sound; 0 mutes it. */
    volume: z.number().min(0).max(4).default(1),
  })
  .strict()
  .refine((c) => c.outMs > c.inMs, { message: 'outMs must be after inMs', path: ['outMs'] });
export type ClipItem = z.infer<typeof ClipItem>;

export const Motion = z
  .object({
    move: CameraMove.default('zoom-in'),
    intensity: z.number().min(0).max(1).default(0.5),
    easing: Easing.default('ease-in-out'),
  })
  .strict();
export type Motion = z.infer<typeof Motion>;

/** A still image shown for durationMs with a draft-motion camera move. */
export const StillItem = z
  .object({
    ...itemBase,
    type: z.literal('still'),
    media: MediaRef,
    durationMs: PositiveMs,
    motion: Motion.default({ move: 'zoom-in', intensity: 0.5, easing: 'ease-in-out' }),
    framing: Framing.default('cover'),
  })
  .strict();
export type StillItem = z.infer<typeof StillItem>;

export const CardBackground = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('color'), color: Color }).strict(),
  z.object({ kind: z.literal('gradient'), from: Color, to: Color, angleDeg: z.number().min(0).max(360).default(90) }).strict(),
  z.object({ kind: z.literal('image'), media: MediaRef, framing: Framing.default('cover'), dim: z.number().min(0).max(1).default(0.35) }).strict(),
]);
export type CardBackground = z.infer<typeof CardBackground>;

/** Intro, outro (often the call to action) or any title card between items. */
export const CardItem = z
  .object({
    ...itemBase,
    type: z.literal('card'),
    role: z.enum(['intro', 'outro', 'card']).default('card'),
    durationMs: PositiveMs,
    background: CardBackground.default({ kind: 'color', color: '#111111' }),
    title: z.string().max(500).default(''),
    subtitle: z.string().max(1000).default(''),
    /** Defaults to the brand text colour. */
    titleColor: Color.optional(),
    /** Show the brand logo above the title. */
    showLogo: z.boolean().default(false),
  })
  .strict();
export type CardItem = z.infer<typeof CardItem>;

export const VideoItem = z.discriminatedUnion('type', [ClipItem, StillItem, CardItem]);
export type VideoItem = z.infer<typeof VideoItem>;
