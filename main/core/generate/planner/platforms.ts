import type { Aspect, Platform } from '../../../../preload/contract/project/primitives';

/** What a platform asks of a short product ad. */
export interface PlatformSpec {
  platform: Platform;
  label: string;
  /** Allowed aspects, the default first. */
  aspects: readonly [Aspect, ...Aspect[]];
  idealTotalMs: number;
  minTotalMs: number;
  maxTotalMs: number;
  /** The opening scene ends by then, so the hook lands before viewers swipe or skip. */
  hookWithinMs: number;
  hookMaxChars: number;
  ctaMaxChars: number;
  /** Per-scene on-screen text: short enough to read at a glance on a phone. */
  overlayMaxChars: number;
}

// Lengths: feed ads perform best at 9–15 s with the hook in the first 3 s; YouTube shows the
// skip button after 5 s, so its hook may take that long and the ad can run longer.
const SPECS: Readonly<Record<Platform, PlatformSpec>> = {
  tiktok: {
    platform: 'tiktok', label: 'TikTok', aspects: ['9:16'],
    idealTotalMs: 15000, minTotalMs: 5000, maxTotalMs: 60000, hookWithinMs: 3000,
    hookMaxChars: 40, ctaMaxChars: 24, overlayMaxChars: 32,
  },
  reels: {
    platform: 'reels', label: 'Instagram Reels', aspects: ['9:16'],
    idealTotalMs: 15000, minTotalMs: 5000, maxTotalMs: 60000, hookWithinMs: 3000,
    hookMaxChars: 40, ctaMaxChars: 24, overlayMaxChars: 32,
  },
  shorts: {
    platform: 'shorts', label: 'YouTube Shorts', aspects: ['9:16'],
    idealTotalMs: 20000, minTotalMs: 5000, maxTotalMs: 60000, hookWithinMs: 3000,
    hookMaxChars: 40, ctaMaxChars: 24, overlayMaxChars: 32,
  },
  youtube: {
    platform: 'youtube', label: 'YouTube', aspects: ['16:9'],
    idealTotalMs: 30000, minTotalMs: 6000, maxTotalMs: 60000, hookWithinMs: 5000,
    hookMaxChars: 60, ctaMaxChars: 32, overlayMaxChars: 48,
  },
  'instagram-feed': {
    platform: 'instagram-feed', label: 'Instagram feed', aspects: ['4:5', '1:1'],
    idealTotalMs: 15000, minTotalMs: 5000, maxTotalMs: 60000, hookWithinMs: 3000,
    hookMaxChars: 48, ctaMaxChars: 28, overlayMaxChars: 40,
  },
  generic: {
    platform: 'generic', label: 'any platform', aspects: ['16:9', '9:16', '1:1', '4:5'],
    idealTotalMs: 20000, minTotalMs: 5000, maxTotalMs: 60000, hookWithinMs: 3000,
    hookMaxChars: 48, ctaMaxChars: 28, overlayMaxChars: 40,
  },
};

export function platformSpec(platform: Platform): PlatformSpec {
  return SPECS[platform];
}

/** Voice-over pace used to size scripts: a calm ad read is about 2.5 words a second. */
export const WORDS_PER_SECOND = 2.5;

export function maxVoiceoverWords(durationMs: number): number {
  return Math.max(1, Math.floor((durationMs / 1000) * WORDS_PER_SECOND));
}
