import { describe, expect, it } from 'vitest';
import { covers, FAMILY_COVERAGE, parseCharset } from './font-coverage';
import { pickFontFace } from './fonts';

describe('font coverage', () => {
  it('parses fc-query charsets into sorted ranges and looks code points up', () => {
    const ranges = parseCharset('a0-ac 20-7e 3c0');
    expect(ranges).toEqual([
      [0x20, 0x7e],
      [0xa0, 0xac],
      [0x3c0, 0x3c0],
    ]);
    expect([0x1f, 0x20, 0x7e, 0x7f, 0xa5, 0x3c0, 0x3c1].map((cp) => covers(ranges, cp))).toEqual([false, true, true, false, true, true, false]);
  });

  it('knows Inter lacks Arabic and Hebrew and DejaVu Sans has them', () => {
    const inter = FAMILY_COVERAGE.Inter;
    const dejavu = FAMILY_COVERAGE['DejaVu Sans'];
    expect(['A', 'é', 'Ж', 'Ω'].map((c) => covers(inter, c.codePointAt(0) ?? 0))).toEqual([true, true, true, true]);
    expect(['ب', 'ש', 'ﻻ'].map((c) => [covers(inter, c.codePointAt(0) ?? 0), covers(dejavu, c.codePointAt(0) ?? 0)])).toEqual([
      [false, true],
      [false, true],
      [false, true],
    ]);
  });
});

describe('pickFontFace', () => {
  it('uses the bundled family, case-insensitively, in the asked weight', () => {
    expect(pickFontFace({ family: 'inter', weight: 'bold', text: 'Sale!' })).toEqual({
      face: { family: 'Inter', weight: 'bold', file: 'Inter-Bold.ttf', ascender: 0.96875, descender: 0.2412, widthFactor: 1.04 },
      substitution: null,
    });
  });

  it('falls back to DejaVu Sans for scripts Inter lacks', () => {
    const arabic = pickFontFace({ family: 'Inter', weight: 'regular', text: 'Sale مرحبا' });
    const hebrew = pickFontFace({ family: 'Inter', weight: 'bold', text: 'שלום' });
    expect([arabic.face.file, arabic.substitution, hebrew.face.file]).toEqual(['DejaVuSans.ttf', 'script-fallback', 'DejaVuSans-Bold.ttf']);
  });

  it('keeps the family for emoji, which neither font has', () => {
    expect(pickFontFace({ family: 'Inter', weight: 'regular', text: 'New 🎉' }).face.file).toBe('Inter-Regular.ttf');
  });

  it('draws families that are not bundled with Inter and says so', () => {
    expect(pickFontFace({ family: 'Comic Sans MS', weight: 'regular', text: 'x' })).toMatchObject({ face: { file: 'Inter-Regular.ttf' }, substitution: 'unknown-family' });
  });
});
