import { describe, expect, it } from 'vitest';
import { CAMERA_MOVES } from '../project/primitives';
import { cameraPath, ease, motionProgress, motionViewAt, viewAt } from './camera-motion';

describe('cameraPath', () => {
  it('zooms in from the whole canvas to 1/1.15 of it at intensity 0.5', () => {
    expect(cameraPath('zoom-in', 0.5)).toEqual({ from: { size: 1, cx: 0.5, cy: 0.5 }, to: { size: 1 / 1.15, cx: 0.5, cy: 0.5 } });
    expect(cameraPath('zoom-out', 0.5)).toEqual({ from: { size: 1 / 1.15, cx: 0.5, cy: 0.5 }, to: { size: 1, cx: 0.5, cy: 0.5 } });
  });

  it('pans across all the room the zoom makes, in the camera direction', () => {
    const s = 1 / 1.3;
    const room = (1 - s) / 2;
    expect(cameraPath('pan-left', 1)).toEqual({ from: { size: s, cx: 0.5 + room, cy: 0.5 }, to: { size: s, cx: 0.5 - room, cy: 0.5 } });
    expect(cameraPath('pan-up', 1)).toEqual({ from: { size: s, cx: 0.5, cy: 0.5 + room }, to: { size: s, cx: 0.5, cy: 0.5 - room } });
  });

  it('pushes in further than zoom-in while drifting up', () => {
    const s = 1 / 1.4;
    expect(cameraPath('push-in', 1)).toEqual({ from: { size: 1, cx: 0.5, cy: 0.5 }, to: { size: s, cx: 0.5, cy: 0.5 - (0.5 * (1 - s)) / 2 } });
  });

  it('does not move at intensity 0 or for none', () => {
    for (const move of CAMERA_MOVES) {
      const { from, to } = cameraPath(move, 0);
      expect(from).toEqual(to);
    }
  });

  it('keeps every view inside the canvas for every move, intensity and progress', () => {
    for (const move of CAMERA_MOVES) {
      for (const k of [0, 0.3, 0.7, 1]) {
        for (let i = 0; i <= 20; i++) {
          const v = viewAt(cameraPath(move, k), i / 20);
          const half = v.size / 2;
          expect(v.cx - half).toBeGreaterThanOrEqual(-1e-12);
          expect(v.cx + half).toBeLessThanOrEqual(1 + 1e-12);
          expect(v.cy - half).toBeGreaterThanOrEqual(-1e-12);
          expect(v.cy + half).toBeLessThanOrEqual(1 + 1e-12);
        }
      }
    }
  });
});

describe('ease', () => {
  it('is the identity for linear, clamped to 0..1', () => {
    expect([-0.5, 0, 0.25, 0.5, 1, 2].map((p) => ease('linear', p))).toEqual([0, 0, 0.25, 0.5, 1, 1]);
  });

  it('is smoothstep for ease-in-out: symmetric, slow at both ends', () => {
    expect([0, 0.25, 0.5, 0.75, 1].map((p) => ease('ease-in-out', p))).toEqual([0, 0.15625, 0.5, 0.84375, 1]);
    // Speed near the ends is far below the linear speed, and highest in the middle.
    expect(ease('ease-in-out', 0.01)).toBeCloseTo(0.000298, 6);
    expect(ease('ease-in-out', 0.55) - ease('ease-in-out', 0.45)).toBeCloseTo(0.1495, 4);
  });

  it('never runs backwards', () => {
    const values = Array.from({ length: 101 }, (_, i) => ease('ease-in-out', i / 100));
    expect(values.every((v, i) => i === 0 || v > (values[i - 1] ?? 0))).toBe(true);
  });
});

describe('motionProgress', () => {
  it('runs from 0 on the first frame to 1 on the last, like the render', () => {
    expect([0, 1, 2, 3, 4].map((i) => motionProgress(i, 5))).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it('is 0 for a one-frame still and clamped outside the still', () => {
    expect(motionProgress(0, 1)).toBe(0);
    expect(motionProgress(-3, 10)).toBe(0);
    expect(motionProgress(12, 10)).toBe(1);
  });
});

describe('motionViewAt', () => {
  it('is the eased view of the move on that frame', () => {
    // Frame 1 of 5 is p = 0.25, smoothstep 0.15625 of the way from 1 to 1/1.3.
    const size = 1 + (1 / 1.3 - 1) * 0.15625;
    expect(motionViewAt({ move: 'zoom-in', intensity: 1, easing: 'ease-in-out', index: 1, frames: 5 })).toEqual({ size, cx: 0.5, cy: 0.5 });
    expect(motionViewAt({ move: 'zoom-in', intensity: 1, easing: 'linear', index: 4, frames: 5 })).toEqual({ size: 1 / 1.3, cx: 0.5, cy: 0.5 });
  });
});
