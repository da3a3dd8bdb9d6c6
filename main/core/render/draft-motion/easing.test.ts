import { describe, expect, it } from 'vitest';
import { ease } from '../../../../preload/contract/layout/camera-motion';
import { easeExpr } from './easing';

describe('easeExpr', () => {
  it('spells the same curves as ffmpeg expressions of variable 0', () => {
    expect(easeExpr('linear')).toBe('ld(0)');
    expect(easeExpr('ease-in-out')).toBe('ld(0)*ld(0)*(3-2*ld(0))');
  });

  it('evaluates to the shared ease() at every progress', () => {
    for (const easing of ['linear', 'ease-in-out'] as const) {
      for (const p of [0, 0.1, 0.25, 0.5, 0.9, 1]) {
        // The expression only uses ld(0), *, + and -, so JavaScript can evaluate it with ld(0) = p.
        const value = Number(new Function('p', `return ${easeExpr(easing).replaceAll('ld(0)', 'p')};`)(p));
        expect(value).toBeCloseTo(ease(easing, p), 12);
      }
    }
  });
});
