import { describe, expect, it } from 'vitest';
import { restoreWindow, type Rect } from './window-bounds';

const sizes = { defaultWidth: 1440, defaultHeight: 900, minWidth: 960, minHeight: 600 };
const laptop: Rect = { x: 0, y: 0, width: 1920, height: 1050 };
const rightMonitor: Rect = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('restoreWindow', () => {
  it('uses the default size, centred by the OS, when nothing valid was saved', () => {
    const expected = { bounds: { width: 1440, height: 900 }, maximized: false };
    expect(restoreWindow({ saved: undefined, workAreas: [laptop], primary: laptop, sizes })).toEqual(expected);
    expect(restoreWindow({ saved: { x: 'a' }, workAreas: [laptop], primary: laptop, sizes })).toEqual(expected);
    expect(restoreWindow({ saved: { x: 0, y: 0, width: -5, height: 10, maximized: false }, workAreas: [laptop], primary: laptop, sizes })).toEqual(expected);
  });

  it('shrinks the default to a small screen but never below the minimum size', () => {
    const small: Rect = { x: 0, y: 0, width: 1280, height: 700 };
    expect(restoreWindow({ saved: null, workAreas: [small], primary: small, sizes })).toEqual({ bounds: { width: 1280, height: 700 }, maximized: false });
    const tiny: Rect = { x: 0, y: 0, width: 800, height: 500 };
    expect(restoreWindow({ saved: null, workAreas: [tiny], primary: tiny, sizes })).toEqual({ bounds: { width: 960, height: 600 }, maximized: false });
  });

  it('restores a window that is still on a display exactly as saved', () => {
    const saved = { x: 2100, y: 100, width: 1600, height: 1000, maximized: true };
    expect(restoreWindow({ saved, workAreas: [laptop, rightMonitor], primary: laptop, sizes })).toEqual({
      bounds: { x: 2100, y: 100, width: 1600, height: 1000 },
      maximized: true,
    });
  });

  it('centres on the primary display when the saved display was unplugged', () => {
    const saved = { x: 2100, y: 100, width: 1600, height: 1000, maximized: false };
    expect(restoreWindow({ saved, workAreas: [laptop], primary: laptop, sizes })).toEqual({ bounds: { width: 1600, height: 1000 }, maximized: false });
  });

  it('pulls a window hanging off the edge fully onto the display it overlaps most', () => {
    const saved = { x: 1700, y: -50, width: 1200, height: 800, maximized: false };
    expect(restoreWindow({ saved, workAreas: [laptop], primary: laptop, sizes })).toEqual({ bounds: { x: 720, y: 0, width: 1200, height: 800 }, maximized: false });
  });

  it('shrinks a window larger than its display after a resolution change', () => {
    const saved = { x: 0, y: 0, width: 2500, height: 1400, maximized: false };
    expect(restoreWindow({ saved, workAreas: [laptop], primary: laptop, sizes })).toEqual({ bounds: { x: 0, y: 0, width: 1920, height: 1050 }, maximized: false });
  });

  it('treats a sliver of overlap as off-screen', () => {
    const saved = { x: 1900, y: 0, width: 1000, height: 700, maximized: false };
    expect(restoreWindow({ saved, workAreas: [laptop], primary: laptop, sizes })).toEqual({ bounds: { width: 1000, height: 700 }, maximized: false });
  });

  it('handles displays left of or above the primary (negative coordinates)', () => {
    const left: Rect = { x: -1920, y: -200, width: 1920, height: 1080 };
    const saved = { x: -1800, y: -150, width: 1200, height: 800, maximized: false };
    expect(restoreWindow({ saved, workAreas: [laptop, left], primary: laptop, sizes })).toEqual({ bounds: { x: -1800, y: -150, width: 1200, height: 800 }, maximized: false });
  });
});
