import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../project/primitives';
import { SAFE_MARGINS, safeArea } from './safe-area';

describe('safeArea', () => {
  it('gives whole-pixel rectangles for a 1080x1920 frame', () => {
    const frame = { width: 1080, height: 1920 };
    expect(Object.fromEntries(PLATFORMS.map((p) => [p, safeArea(p, frame)]))).toEqual({
      generic: { x: 54, y: 96, width: 972, height: 1728 },
      tiktok: { x: 65, y: 154, width: 875, height: 1305 },
      reels: { x: 65, y: 269, width: 907, height: 979 },
      shorts: { x: 65, y: 154, width: 885, height: 1382 },
      youtube: { x: 54, y: 96, width: 972, height: 1632 },
      'instagram-feed': { x: 43, y: 77, width: 994, height: 1766 },
    });
  });

  it('keeps the big bottom and right margins of the vertical feeds', () => {
    for (const p of ['tiktok', 'reels', 'shorts'] as const) {
      const m = SAFE_MARGINS[p];
      expect(m.bottom).toBeGreaterThan(m.top);
      expect(m.right).toBeGreaterThan(m.left);
    }
  });
});
