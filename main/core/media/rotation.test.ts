import { describe, expect, it } from 'vitest';
import { normalizeRotation, rotatedSize, rotationFromProbe } from './rotation';

describe('rotation', () => {
  it('snaps angles to quarter turns in [0, 360)', () => {
    expect([-90, 90, 180, -180, 270, 360, 89.9, -270].map(normalizeRotation)).toEqual([270, 90, 180, 180, 270, 0, 90, 90]);
  });

  it('turns ffprobe counter-clockwise display-matrix angles into clockwise degrees', () => {
    expect(rotationFromProbe([{ side_data_type: '3x3 displaymatrix', rotation: -90 }], undefined)).toBe(90);
    expect(rotationFromProbe([{ side_data_type: 'Display Matrix', rotation: 90 }], { rotate: '180' })).toBe(270);
    expect(rotationFromProbe([{ side_data_type: 'Display Matrix', rotation: 180 }], undefined)).toBe(180);
  });

  it('falls back to the legacy clockwise rotate tag, else 0', () => {
    expect(rotationFromProbe(undefined, { rotate: '90' })).toBe(90);
    expect(rotationFromProbe([{ side_data_type: 'Stereo 3D' }], undefined)).toBe(0);
    expect(rotationFromProbe(undefined, { rotate: 'abc' })).toBe(0);
  });

  it('swaps the size only for quarter turns', () => {
    expect([0, 90, 180, 270].map((r) => rotatedSize(64, 48, r))).toEqual([
      { width: 64, height: 48 }, { width: 48, height: 64 }, { width: 64, height: 48 }, { width: 48, height: 64 },
    ]);
  });
});
