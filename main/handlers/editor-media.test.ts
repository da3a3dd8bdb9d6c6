import { describe, expect, it } from 'vitest';
import { describeAsset, durationOf, filmstripToDto } from './editor-media';

describe('editor media helpers', () => {
  it('takes the probed duration, rounded to whole milliseconds', () => {
    expect(durationOf(1500, { sampleCount: 8000, sampleRate: 8000 })).toBe(1500);
    expect(durationOf(1499.6, { sampleCount: 0, sampleRate: 8000 })).toBe(1500);
    expect(durationOf(0, { sampleCount: 8000, sampleRate: 8000 })).toBe(0);
  });

  it('falls back to the decoded length when the container gave no duration', () => {
    expect(durationOf(null, { sampleCount: 12_000, sampleRate: 8000 })).toBe(1500);
    expect(durationOf(null, { sampleCount: 1, sampleRate: 3 })).toBe(333);
  });

  it('names an asset by id and original name', () => {
    expect(describeAsset({ id: 'a'.repeat(64), originalName: 'mug.png' })).toBe(`asset ${'a'.repeat(64)} ("mug.png")`);
  });

  it('keeps only the DTO fields of a filmstrip (never its path)', () => {
    const strip = { frames: 2, tileWidth: 85, tileHeight: 64, frameTimesMs: [250, 750], path: '/data/cache/x.jpg', cached: true };
    expect(filmstripToDto('b'.repeat(64), strip)).toEqual({ assetId: 'b'.repeat(64), frames: 2, tileWidth: 85, tileHeight: 64, frameTimesMs: [250, 750] });
  });
});
