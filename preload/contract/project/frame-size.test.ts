import { describe, expect, it } from 'vitest';
import { frameSize, referenceScale, resolutionAllowed } from './frame-size';
import { ASPECTS, RESOLUTIONS } from './primitives';

describe('frameSize', () => {
  it('gives the exact size for every aspect × resolution', () => {
    const table = ASPECTS.flatMap((aspect) => RESOLUTIONS.map((resolution) => [aspect, resolution, frameSize(aspect, resolution)]));
    expect(table).toEqual([
      ['16:9', '720p', { width: 1280, height: 720 }],
      ['16:9', '1080p', { width: 1920, height: 1080 }],
      ['16:9', '2160p', { width: 3840, height: 2160 }],
      ['9:16', '720p', { width: 720, height: 1280 }],
      ['9:16', '1080p', { width: 1080, height: 1920 }],
      ['9:16', '2160p', { width: 2160, height: 3840 }],
      ['1:1', '720p', { width: 720, height: 720 }],
      ['1:1', '1080p', { width: 1080, height: 1080 }],
      ['1:1', '2160p', { width: 2160, height: 2160 }],
      ['4:5', '720p', { width: 720, height: 900 }],
      ['4:5', '1080p', { width: 1080, height: 1350 }],
      ['4:5', '2160p', { width: 2160, height: 2700 }],
    ]);
  });

  it('always gives even sides (H.264 yuv420p needs them)', () => {
    const odd = ASPECTS.flatMap((a) => RESOLUTIONS.map((r) => frameSize(a, r))).filter((s) => s.width % 2 !== 0 || s.height % 2 !== 0);
    expect(odd).toEqual([]);
  });
});

describe('resolutionAllowed', () => {
  it('allows 2160p for 16:9 only and every other resolution everywhere', () => {
    const allowed = ASPECTS.flatMap((a) => RESOLUTIONS.filter((r) => resolutionAllowed(a, r)).map((r) => `${a} ${r}`));
    expect(allowed).toEqual(['16:9 720p', '16:9 1080p', '16:9 2160p', '9:16 720p', '9:16 1080p', '1:1 720p', '1:1 1080p', '4:5 720p', '4:5 1080p']);
  });
});

describe('referenceScale', () => {
  it('is the short side over 1080', () => {
    expect(referenceScale(frameSize('9:16', '720p'))).toBe(720 / 1080);
    expect(referenceScale(frameSize('16:9', '1080p'))).toBe(1);
    expect(referenceScale(frameSize('16:9', '2160p'))).toBe(2);
  });
});
