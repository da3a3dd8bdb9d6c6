import { z } from 'zod';
import { Color, Id, MediaRef, Ms, PositionPreset, PositiveMs } from './primitives';

/** Fades at the start and end of an overlay's time range. */
export const OverlayAnimation = z.object({ fadeInMs: Ms.default(250), fadeOutMs: Ms.default(250) }).strict();

/**
 * Sizes are in pixels of a frame whose short side is 1080 (the 1080p presets), scaled for
 * other presets, so a project looks the same at 720p and 2160p.
 */
export const TextStyle = z
  .object({
    /** A family from the brand fonts or the bundled fonts (resources/fonts). */
    font: z.string().min(1).default('Inter'),
    weight: z.enum(['regular', 'bold']).default('bold'),
    size: z.number().min(8).max(400).default(64),
    color: Color.default('#ffffff'),
    outline: z.object({ color: Color, width: z.number().min(0).max(40) }).strict().nullable().default(null),
    shadow: z.object({ color: Color, dx: z.number().min(-40).max(40), dy: z.number().min(-40).max(40) }).strict().nullable().default({ color: '#00000099', dx: 2, dy: 2 }),
    box: z.object({ color: Color, padding: z.number().min(0).max(200) }).strict().nullable().default(null),
    align: z.enum(['left', 'center', 'right']).default('center'),
  })
  .strict();
export type TextStyle = z.infer<typeof TextStyle>;

const overlayBase = {
  id: Id,
  /** Absolute timeline time (after transitions are accounted for). */
  startMs: Ms,
  durationMs: PositiveMs,
  position: PositionPreset.default('bottom'),
  animation: OverlayAnimation.default({ fadeInMs: 250, fadeOutMs: 250 }),
};

export const TextOverlay = z
  .object({
    ...overlayBase,
    type: z.literal('text'),
    /** Shown exactly as written: never interpreted as FFmpeg expressions or markup. */
    text: z.string().min(1).max(2000),
    // A factory: a shallow-cloned default would share its nested shadow object.
    style: TextStyle.default(() => TextStyle.parse({})),
  })
  .strict();
export type TextOverlay = z.infer<typeof TextOverlay>;

export const ImageOverlay = z
  .object({
    ...overlayBase,
    type: z.literal('image'),
    media: MediaRef,
    /** Width as a fraction of the frame width. */
    scale: z.number().min(0.02).max(1).default(0.2),
    opacity: z.number().min(0).max(1).default(1),
  })
  .strict();
export type ImageOverlay = z.infer<typeof ImageOverlay>;

export const Overlay = z.discriminatedUnion('type', [TextOverlay, ImageOverlay]);
export type Overlay = z.infer<typeof Overlay>;

export const Caption = z.object({ id: Id, startMs: Ms, durationMs: PositiveMs, text: z.string().min(1).max(500) }).strict();
export type Caption = z.infer<typeof Caption>;

export const Captions = z
  .object({
    enabled: z.boolean().default(true),
    style: TextStyle.default(() => TextStyle.parse({ size: 54, box: { color: '#000000aa', padding: 16 } })),
    position: PositionPreset.default('bottom'),
    cues: z.array(Caption).default([]),
  })
  .strict();
export type Captions = z.infer<typeof Captions>;
