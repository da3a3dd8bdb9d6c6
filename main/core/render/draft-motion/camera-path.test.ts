import { describe, expect, it } from 'vitest';
import { CAMERA_MOVES } from '../../../../preload/contract/project/primitives';
import { cameraPath, viewAt } from './camera-path';

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
