import { z } from 'zod';
import { AudioMix } from './audio-track';
import { Aspect, Color, Fps, MediaRef, Platform, Resolution } from './primitives';
import { resolutionAllowed } from './frame-size';

export const Brand = z
  .object({
    fonts: z.object({ heading: z.string().min(1).default('Inter'), body: z.string().min(1).default('Inter') }).strict().default({ heading: 'Inter', body: 'Inter' }),
    colors: z
      .object({
        primary: Color.default('#ff5a36'),
        secondary: Color.default('#1f2937'),
        text: Color.default('#ffffff'),
        background: Color.default('#111111'),
      })
      .strict()
      .default({ primary: '#ff5a36', secondary: '#1f2937', text: '#ffffff', background: '#111111' }),
    logo: MediaRef.nullable().default(null),
  })
  .strict();
export type Brand = z.infer<typeof Brand>;

export const ProjectSettings = z
  .object({
    name: z.string().trim().min(1, 'a project needs a name').max(200),
    aspect: Aspect.default('9:16'),
    resolution: Resolution.default('1080p'),
    fps: Fps.default(30),
    /** Which platform's safe area overlays keep inside. */
    platform: Platform.default('generic'),
    // Factories: a shallow-cloned default would share its nested objects between documents.
    brand: Brand.default(() => Brand.parse({})),
    audio: AudioMix.default(() => AudioMix.parse({})),
    /** Spending limit for paid generation in this project, in US dollars; null = no limit. */
    budgetUsd: z.number().min(0).nullable().default(null),
  })
  .strict()
  .refine((s) => resolutionAllowed(s.aspect, s.resolution), { message: '2160p is only available for 16:9', path: ['resolution'] });
export type ProjectSettings = z.infer<typeof ProjectSettings>;
