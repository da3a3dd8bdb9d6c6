import { z } from 'zod';

/**
 * Timeline time is an integer number of milliseconds everywhere in the document. Positions are
 * derived by integer sums, never by accumulating floats; the render planner converts to frames
 * once, at the edge.
 */
export const Ms = z.number().int('must be a whole number of milliseconds').nonnegative();
export const PositiveMs = z.number().int('must be a whole number of milliseconds').positive();

export const Id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'may only contain letters, digits, "-" and "_"');

/** #rrggbb or #rrggbbaa. */
export const Color = z.string().regex(/^#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/, 'must be a colour like #1a2b3c or #1a2b3cff');

/** A sha256 hex id of an asset in the library. */
export const AssetId = z.string().regex(/^[0-9a-f]{64}$/, 'must be a library asset id (64 hex characters)');

/**
 * Media is referenced by library asset id (what the editor writes) or by a file path (handy for
 * projects written by hand or by script; relative paths resolve against the project file).
 */
export const MediaRef = z.union([z.object({ assetId: AssetId }).strict(), z.object({ path: z.string().min(1) }).strict()]);
export type MediaRef = z.infer<typeof MediaRef>;

export const ASPECTS = ['16:9', '9:16', '1:1', '4:5'] as const;
export const Aspect = z.enum(ASPECTS);
export type Aspect = z.infer<typeof Aspect>;

export const RESOLUTIONS = ['720p', '1080p', '2160p'] as const;
export const Resolution = z.enum(RESOLUTIONS);
export type Resolution = z.infer<typeof Resolution>;

export const FPS_VALUES = [24, 25, 30, 50, 60] as const;
export const Fps = z.union(FPS_VALUES.map((v) => z.literal(v)) as [z.ZodLiteral<24>, z.ZodLiteral<25>, z.ZodLiteral<30>, z.ZodLiteral<50>, z.ZodLiteral<60>]);
export type Fps = z.infer<typeof Fps>;

/** How a picture fills a frame of another shape. */
export const Framing = z.enum(['cover', 'contain', 'blur']);
export type Framing = z.infer<typeof Framing>;

export const CAMERA_MOVES = ['none', 'zoom-in', 'zoom-out', 'pan-left', 'pan-right', 'pan-up', 'pan-down', 'push-in'] as const;
export const CameraMove = z.enum(CAMERA_MOVES);
export type CameraMove = z.infer<typeof CameraMove>;

export const Easing = z.enum(['linear', 'ease-in-out']);
export type Easing = z.infer<typeof Easing>;

/** Where overlays sit, always inside the platform safe area. */
export const POSITION_PRESETS = ['top-left', 'top', 'top-right', 'left', 'center', 'right', 'bottom-left', 'bottom', 'bottom-right'] as const;
export const PositionPreset = z.enum(POSITION_PRESETS);
export type PositionPreset = z.infer<typeof PositionPreset>;

/** Safe-area presets: the parts of the frame a platform's UI does not cover. */
export const PLATFORMS = ['generic', 'tiktok', 'reels', 'shorts', 'youtube', 'instagram-feed'] as const;
export const Platform = z.enum(PLATFORMS);
export type Platform = z.infer<typeof Platform>;
