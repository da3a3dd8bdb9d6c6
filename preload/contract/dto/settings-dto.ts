import { z } from 'zod';
import { FilePath } from '../file-path';
import { Aspect, Platform } from '../project/primitives';
import { Usd } from './common';

export const VIDEO_PROVIDERS = ['draft', 'replicate', 'runway'] as const;
/** Who makes clips: `draft` is the free offline FFmpeg motion, the others are paid BYOK services. */
export const VideoProvider = z.enum(VIDEO_PROVIDERS);
export type VideoProvider = z.infer<typeof VideoProvider>;

/**
 * App-wide preferences (the project document holds per-project ones). Every field has a default,
 * so a fresh install and an older stored value both read as a complete object.
 */
export const AppSettings = z
  .object({
    /** Where exports go when no save dialog is shown (browser mode); null = the OS Videos folder. */
    exportDir: FilePath.nullable().default(null),
    defaultAspect: Aspect.default('9:16'),
    defaultPlatform: Platform.default('generic'),
    defaultVideoProvider: VideoProvider.default('draft'),
    /** Spending cap per project for paid generation; null = no cap. */
    projectBudgetUsd: Usd.nullable().default(null),
  })
  .strict();
export type AppSettings = z.infer<typeof AppSettings>;

/** Fields to change; the answer is the whole object after the change. */
export const SettingsPatch = z
  .object({
    exportDir: FilePath.nullable().optional(),
    defaultAspect: Aspect.optional(),
    defaultPlatform: Platform.optional(),
    defaultVideoProvider: VideoProvider.optional(),
    projectBudgetUsd: Usd.nullable().optional(),
  })
  .strict();
export type SettingsPatch = z.infer<typeof SettingsPatch>;
