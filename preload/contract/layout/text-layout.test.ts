import { describe, expect, it } from 'vitest';
import { BUNDLED_FONTS } from './fonts';
import { insetRect, layoutTextBlock, lineHeightPx, placeBox, stackLines } from './text-layout';

const inter = BUNDLED_FONTS.Inter.bold;
const area = { x: 100, y: 200, width: 800, height: 1000 };

describe('placeBox', () => {
  it('puts a box at each preset inside the area', () => {
    const at = (position: Parameters<typeof placeBox>[0]['position']): { x: number; y: number } => placeBox({ width: 200, height: 100, position, area });
    expect([at('top-left'), at('top'), at('center'), at('right'), at('bottom-right')]).toEqual([
      { x: 100, y: 200 },
      { x: 400, y: 200 },
      { x: 400, y: 650 },
      { x: 700, y: 650 },
      { x: 700, y: 1100 },
    ]);
  });
});

describe('insetRect', () => {
  it('shrinks on every side, never below nothing', () => {
    expect(insetRect(area, 10)).toEqual({ x: 110, y: 210, width: 780, height: 980 });
    expect(insetRect({ x: 0, y: 0, width: 10, height: 4 }, 9)).toEqual({ x: 2, y: 2, width: 6, height: 0 });
  });
});

describe('lineHeightPx', () => {
  it('is 1.25 em, or taller when a box padding needs the room', () => {
    expect(lineHeightPx({ fontSizePx: 64, face: inter })).toBe(80);
    // glyphs 1.21 em = 77 px + 2 × 16 px padding.
    expect(lineHeightPx({ fontSizePx: 64, face: inter, boxPaddingPx: 16 })).toBe(109);
  });
});

describe('stackLines', () => {
  it('puts each baseline half the leading plus the ascender below its line box top', () => {
    // 64 px Inter: ascender 62 px, descender 15.4 px; leading 80 - 77.4 = 2.6, so first baseline at 1.3 + 62 = 63.3.
    expect(stackLines({ lines: ['a', 'b'], top: 0, fontSizePx: 64, lineHeight: 80, face: inter, anchorX: 5, align: 'left' })).toEqual([
      { text: 'a', baselineY: 63, anchorX: 5, align: 'left' },
      { text: 'b', baselineY: 143, anchorX: 5, align: 'left' },
    ]);
  });
});

describe('layoutTextBlock', () => {
  it('anchors lines at the column edge when align matches the preset column', () => {
    const lines = layoutTextBlock({ lines: ['one', 'two'], fontSizePx: 64, lineHeight: 80, face: inter, position: 'bottom-right', align: 'right', area });
    expect(lines).toEqual([
      { text: 'one', baselineY: 1103, anchorX: 900, align: 'right' },
      { text: 'two', baselineY: 1183, anchorX: 900, align: 'right' },
    ]);
  });

  it('centres a block in the middle of the area', () => {
    const lines = layoutTextBlock({ lines: ['x'], fontSizePx: 64, lineHeight: 80, face: inter, position: 'center', align: 'center', area });
    // Block top at 200 + (1000 - 80) / 2 = 660; baseline 63.3 px below it.
    expect(lines).toEqual([{ text: 'x', baselineY: 723, anchorX: 500, align: 'center' }]);
  });

  it('aligns lines against each other by `align` inside a block placed by the preset', () => {
    // A left-aligned block in the centre column: its left edge is half its estimated width left of the centre.
    const [line] = layoutTextBlock({ lines: ['abcd'], fontSizePx: 100, lineHeight: 125, face: inter, position: 'top', align: 'left', area });
    const width = 4 * 55 * 1.04;
    expect(line).toEqual({ text: 'abcd', baselineY: 299, anchorX: Math.round(500 - width / 2), align: 'left' });
  });
});
