import { z } from 'zod';
import { Aspect, AssetId, CameraMove, Platform, PositiveMs } from '../project/primitives';

/**
 * How an image is used in a project (main/core/media/asset.ts re-exports this list)
 * (the contract may not import main/; a unit test keeps the two equal).
 */
export const VIEW_TYPES = ['front', 'side', 'back', 'top', 'detail', 'lifestyle'] as const;
export const ViewType = z.enum(VIEW_TYPES);
export type ViewType = z.infer<typeof ViewType>;

/** The four styles the 0–100 mood slider maps to, from calm-strange (0) to high energy (100). */
export const MOOD_CATEGORIES = ['surreal-trip', 'intimate-story', 'luxury-reveal', 'high-energy'] as const;
export const MoodCategory = z.enum(MOOD_CATEGORIES);
export type MoodCategory = z.infer<typeof MoodCategory>;

export const PlanImage = z.object({ assetId: AssetId, viewType: ViewType }).strict();
export type PlanImage = z.infer<typeof PlanImage>;

/** What the planner is asked for. `aspect` defaults to the platform's usual one. */
export const ScenePlanRequest = z
  .object({
    images: z.array(PlanImage).min(1, 'at least one image is needed').max(30, 'at most 30 images can be planned at once'),
    brief: z.string().trim().min(1, 'the brief must not be empty').max(2000),
    /** Optional: otherwise the planner guesses the product name from the brief. */
    productName: z.string().trim().min(1).max(60).optional(),
    mood: z.number().min(0).max(100),
    platform: Platform,
    aspect: Aspect.optional(),
    /** Optional: otherwise the platform's ideal length. */
    targetDurationMs: PositiveMs.optional(),
  })
  .strict()
  .superRefine((req, ctx) => {
    const seen = new Set<string>();
    req.images.forEach((img, i) => {
      if (seen.has(img.assetId)) ctx.addIssue({ code: 'custom', path: ['images', i, 'assetId'], message: 'the same image is listed twice' });
      seen.add(img.assetId);
    });
  });
export type ScenePlanRequest = z.infer<typeof ScenePlanRequest>;

export const PlannedScene = z
  .object({
    assetId: AssetId,
    viewType: ViewType,
    /** Image-to-video prompt for this scene. */
    prompt: z.string().trim().min(1).max(1000),
    negativePrompt: z.string().max(500).optional(),
    cameraMove: CameraMove,
    /** Motion intensity, 0 = still, 1 = as much as the model allows. */
    intensity: z.number().min(0).max(1),
    durationMs: PositiveMs,
    /** Short on-screen text; empty for none. */
    overlayText: z.string().max(120),
    /** What the voice-over says during this scene; empty for silence. */
    voiceoverScript: z.string().max(600),
  })
  .strict();
export type PlannedScene = z.infer<typeof PlannedScene>;

export const ScenePlan = z
  .object({
    hook: z.string().trim().min(1).max(120),
    cta: z.string().trim().min(1).max(80),
    moodCategory: MoodCategory,
    /** A short description for picking music, e.g. "driving electronic, 120-130 BPM". */
    musicMood: z.string().max(120),
    platform: Platform,
    aspect: Aspect,
    totalDurationMs: PositiveMs,
    scenes: z.array(PlannedScene).min(1),
  })
  .strict()
  .refine((p) => p.scenes.reduce((sum, s) => sum + s.durationMs, 0) === p.totalDurationMs, {
    message: 'totalDurationMs must equal the sum of the scene durations',
    path: ['totalDurationMs'],
  });
export type ScenePlan = z.infer<typeof ScenePlan>;

/** Where a plan came from; `local-fallback` means the LLM was asked but its answer was unusable. */
export const PLAN_SOURCES = ['local', 'llm', 'llm-repaired', 'local-fallback'] as const;
export const PlanSource = z.enum(PLAN_SOURCES);
export type PlanSource = z.infer<typeof PlanSource>;

export const ScenePlanResult = z
  .object({
    /** 0-based index of the variation. */
    variation: z.number().int().nonnegative(),
    source: PlanSource,
    /** Why the LLM plan was repaired or replaced; absent for plain `local` and `llm`. */
    reason: z.string().optional(),
    /** Harmless fixes applied to an LLM plan (clamped intensities, rounded durations, …). */
    adjustments: z.array(z.string()),
    plan: ScenePlan,
  })
  .strict();
export type ScenePlanResult = z.infer<typeof ScenePlanResult>;
