import { describe, expect, it } from 'vitest';
import { MOOD_CATEGORIES } from '../../../../preload/contract/plan/scene-plan';
import { PLATFORMS } from '../../../../preload/contract/project/primitives';
import { moodStyle } from './moods';
import { maxVoiceoverWords, platformSpec } from './platforms';

describe('platformSpec', () => {
  it('uses each platform’s frame shape', () => {
    expect(PLATFORMS.map((p) => [p, platformSpec(p).aspects])).toEqual([
      ['generic', ['16:9', '9:16', '1:1', '4:5']],
      ['tiktok', ['9:16']],
      ['reels', ['9:16']],
      ['shorts', ['9:16']],
      ['youtube', ['16:9']],
      ['instagram-feed', ['4:5', '1:1']],
    ]);
  });

  it.each(PLATFORMS)('%s has consistent limits', (platform) => {
    const spec = platformSpec(platform);
    expect(spec.minTotalMs <= spec.idealTotalMs && spec.idealTotalMs <= spec.maxTotalMs).toBe(true);
    expect(spec.overlayMaxChars).toBeLessThanOrEqual(spec.hookMaxChars);
    // The opening scene must be able to end by the hook time in every mood.
    for (const mood of MOOD_CATEGORIES) expect(moodStyle(mood).sceneMs.min).toBeLessThanOrEqual(spec.hookWithinMs);
  });
});

describe('maxVoiceoverWords', () => {
  it('allows about 2.5 words a second, at least one', () => {
    expect([100, 1000, 2000, 3000, 4500].map(maxVoiceoverWords)).toEqual([1, 2, 5, 7, 11]);
  });
});
