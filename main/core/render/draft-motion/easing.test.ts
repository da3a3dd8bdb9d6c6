import { describe, expect, it } from 'vitest';
import { ease, easeExpr } from './easing';

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

describe('easeExpr', () => {
  it('spells the same curves as ffmpeg expressions of variable 0', () => {
    expect(easeExpr('linear')).toBe('ld(0)');
    expect(easeExpr('ease-in-out')).toBe('ld(0)*ld(0)*(3-2*ld(0))');
  });
});
