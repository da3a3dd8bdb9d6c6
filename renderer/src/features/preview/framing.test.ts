import { describe, expect, it } from 'vitest';
import { blurFill, effectiveFraming, fitDisplay, fitPicture, viewTransform } from './framing';

const portrait = { width: 1080, height: 1920 };

describe('fitPicture', () => {
  it('covers the frame, cropping the overflow equally on both sides', () => {
    // A 4:3 photo in a 9:16 frame: scaled to 1920 high, 2560 wide, 740 cut off each side.
    expect(fitPicture({ fit: 'cover', frame: portrait, source: { width: 4000, height: 3000 } })).toEqual({ x: -740, y: 0, width: 2560, height: 1920 });
  });

  it('contains the picture with even sides, centred', () => {
    // 1080 wide → 810 high; 1001 × 1000 → 1080 × 1078.9, rounded down to an even 1078.
    expect(fitPicture({ fit: 'contain', frame: portrait, source: { width: 4000, height: 3000 } })).toEqual({ x: 0, y: 555, width: 1080, height: 810 });
    expect(fitPicture({ fit: 'contain', frame: portrait, source: { width: 1001, height: 1000 } })).toEqual({ x: 0, y: 421, width: 1080, height: 1078 });
  });

  it('fills the frame when the source size is unknown', () => {
    expect(fitPicture({ fit: 'cover', frame: portrait, source: { width: 0, height: 0 } })).toEqual({ x: 0, y: 0, width: 1080, height: 1920 });
  });
});

describe('effectiveFraming', () => {
  it('treats contain and blur as cover when the picture already has the frame’s shape', () => {
    expect(effectiveFraming({ framing: 'blur', frame: portrait, source: { width: 720, height: 1280 } })).toBe('cover');
    expect(effectiveFraming({ framing: 'contain', frame: portrait, source: { width: 1000, height: 1000 } })).toBe('contain');
    expect(effectiveFraming({ framing: 'blur', frame: portrait, source: { width: 1000, height: 1000 } })).toBe('blur');
  });
});

describe('blurFill', () => {
  it('matches the still canvas: gblur sigma 8 at quarter size, darkened to 55 %', () => {
    expect(blurFill({ kind: 'still', frame: portrait })).toEqual({ sigma: 32, brightness: 0.55 });
  });

  it('matches the clip framing: boxblur twice at an eighth of the size', () => {
    // 1920 / 8 = 240 high, radius 20: variance 2 · (41² − 1) / 12 = 280 at that size.
    expect(blurFill({ kind: 'stream', frame: portrait })).toEqual({ sigma: Math.sqrt(280) * 8, brightness: 1 });
  });
});

describe('viewTransform', () => {
  it('is the identity for the whole canvas', () => {
    expect(viewTransform({ size: 1, cx: 0.5, cy: 0.5 }, portrait)).toEqual({ scale: 1, dx: 0, dy: 0 });
  });

  it('enlarges the visible part to fill the frame', () => {
    // Half the canvas around its centre: the point (270, 480) moves to the corner.
    expect(viewTransform({ size: 0.5, cx: 0.5, cy: 0.5 }, portrait)).toEqual({ scale: 2, dx: -540, dy: -960 });
    // The left half of the width, centred vertically.
    expect(viewTransform({ size: 0.5, cx: 0.25, cy: 0.5 }, portrait)).toEqual({ scale: 2, dx: 0, dy: -960 });
  });
});

describe('fitDisplay', () => {
  it('fills the limiting side and keeps the exact aspect on the other', () => {
    expect(fitDisplay({ width: 348.4, height: 640 }, portrait)).toEqual({ width: 348, height: 619 });
    expect(fitDisplay({ width: 900, height: 400.7 }, portrait)).toEqual({ width: 225, height: 400 });
    expect(fitDisplay({ width: 800, height: 450 }, { width: 1920, height: 1080 })).toEqual({ width: 800, height: 450 });
  });

  it('is one pixel before the space is measured', () => {
    expect(fitDisplay({ width: 0, height: 0 }, portrait)).toEqual({ width: 1, height: 1 });
  });
});
