import { describe, expect, it } from 'vitest';
import { TextStyle } from '../project/overlay-track';
import { BUNDLED_FONTS } from './fonts';
import { layoutStyledText, placeImageOverlay } from './overlay-layout';

const safe = { x: 54, y: 96, width: 972, height: 1728 };

describe('layoutStyledText', () => {
  it('scales the style to the output and places the block at the preset inside the safe area', () => {
    const style = TextStyle.parse({ size: 64, outline: { color: '#000000', width: 4 }, shadow: { color: '#00000099', dx: 2, dy: 2 } });
    const layout = layoutStyledText({ text: 'Free shipping', style, position: 'bottom', safe, scale: 0.5 });
    // 32 px Inter Bold: 40 px lines; the 2 px outline insets the area to y 98..1822, so the line box
    // starts at 1782 and the baseline sits 0.64 (half leading) + 31 (ascender) below it.
    expect(layout).toEqual({
      face: BUNDLED_FONTS.Inter.bold,
      substitution: null,
      fontSizePx: 32,
      color: '#ffffff',
      outline: { color: '#000000', widthPx: 2 },
      shadow: { color: '#00000099', dx: 1, dy: 1 },
      box: null,
      lines: [{ text: 'Free shipping', baselineY: 1814, anchorX: 540, align: 'center' }],
    });
  });

  it('makes room for the box padding and keeps blank lines in place', () => {
    const style = TextStyle.parse({ size: 40, shadow: null, box: { color: '#000000aa', padding: 10 }, align: 'left' });
    const layout = layoutStyledText({ text: 'One\n\nTwo', style, position: 'top-left', safe, scale: 1 });
    expect(layout.box).toEqual({ color: '#000000aa', paddingPx: 10 });
    expect(layout.shadow).toBeNull();
    // Line height max(50, round(1.21 * 40) + 20 = 68); inset by 10 from the safe area's corner (64, 106);
    // the first baseline is 106 + 9.8 (half leading) + 38.75 (ascender).
    expect(layout.lines.map((l) => [l.text, l.baselineY, l.anchorX])).toEqual([
      ['One', 155, 64],
      ['', 223, 64],
      ['Two', 291, 64],
    ]);
  });

  it('reports a family that is not bundled and draws it with Inter', () => {
    const layout = layoutStyledText({ text: 'Hi', style: TextStyle.parse({ font: 'Comic Sans' }), position: 'center', safe, scale: 1 });
    expect(layout.substitution).toBe('unknown-family');
    expect(layout.face.family).toBe('Inter');
  });
});

describe('placeImageOverlay', () => {
  it('sizes by a share of the frame width with even sides and places it in the safe area', () => {
    const rect = placeImageOverlay({ frame: { width: 1080, height: 1920 }, safe, widthShare: 0.2, sourceWidth: 500, sourceHeight: 333, position: 'top-right' });
    // 216 wide; 216 * 333 / 500 = 143.9 → 144; right edge of the safe area at 1026.
    expect(rect).toEqual({ x: 810, y: 96, width: 216, height: 144 });
  });
});
