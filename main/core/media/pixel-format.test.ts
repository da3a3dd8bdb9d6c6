import { describe, expect, it } from 'vitest';
import { pixFmtHasAlpha } from './pixel-format';

describe('pixFmtHasAlpha', () => {
  it('knows the alpha formats FFmpeg reports for PNG, WebP, ProRes 4444 and friends', () => {
    const alpha = ['rgba', 'rgba64be', 'bgra', 'argb', 'ya8', 'ya16be', 'yuva420p', 'yuva444p10le', 'gbrap', 'gbrap12le', 'ayuv64le', 'vuya', 'rgbaf32le'];
    expect(alpha.filter((f) => !pixFmtHasAlpha(f))).toEqual([]);
  });

  it('says no for opaque formats, pal8 and a missing format', () => {
    const opaque = ['rgb24', 'rgb48be', 'gray', 'gray16be', 'yuv420p', 'yuvj420p', 'yuv444p10le', 'gbrp', 'pal8', 'monob', 'bgr0'];
    expect(opaque.filter((f) => pixFmtHasAlpha(f))).toEqual([]);
    expect(pixFmtHasAlpha(undefined)).toBe(false);
  });
});
