import { describe, expect, it } from 'vitest';
import { transitionLook, type LayerLook } from './transition-geometry';

const frame = { width: 100, height: 50 };
const shown: LayerLook = { visible: true, alpha: 1, dim: 0, dx: 0, dy: 0, clip: null };

describe('transitionLook', () => {
  it('crossfades with the incoming alpha at step/steps, starting from 0', () => {
    expect(transitionLook({ kind: 'crossfade', step: 0, steps: 4 }, frame)).toEqual({ outgoing: shown, incoming: { ...shown, alpha: 0 } });
    expect(transitionLook({ kind: 'crossfade', step: 3, steps: 4 }, frame).incoming.alpha).toBe(0.75);
  });

  it('fades to black over the first half (rounded up) and from black over the rest', () => {
    const look = (step: number): ReturnType<typeof transitionLook> => transitionLook({ kind: 'fade-black', step, steps: 5 }, frame);
    expect(look(0)).toEqual({ outgoing: { ...shown, dim: 0 }, incoming: { ...shown, visible: false } });
    expect(look(2).outgoing.dim).toBeCloseTo(2 / 3, 12);
    expect(look(3)).toEqual({ outgoing: { ...shown, visible: false }, incoming: { ...shown, dim: 1 } });
    expect(look(4).incoming.dim).toBe(0.5);
  });

  it('wipes like xfade: the incoming item enters from the side the name points away from', () => {
    // Step 1 of 4: progress 0.75; wipe-left shows the incoming item right of x = 75.
    expect(transitionLook({ kind: 'wipe-left', step: 1, steps: 4 }, frame).incoming.clip).toEqual({ x: 76, y: 0, width: 24, height: 50 });
    expect(transitionLook({ kind: 'wipe-right', step: 1, steps: 4 }, frame).incoming.clip).toEqual({ x: 0, y: 0, width: 26, height: 50 });
    expect(transitionLook({ kind: 'wipe-up', step: 1, steps: 4 }, frame).incoming.clip).toEqual({ x: 0, y: 38, width: 100, height: 12 });
    expect(transitionLook({ kind: 'wipe-down', step: 1, steps: 4 }, frame).incoming.clip).toEqual({ x: 0, y: 0, width: 100, height: 13 });
  });

  it('shows nothing of the incoming item on the first step of a wipe-left', () => {
    expect(transitionLook({ kind: 'wipe-left', step: 0, steps: 4 }, frame).incoming.clip).toEqual({ x: 101, y: 0, width: 0, height: 50 });
  });

  it('slides both items together in the named direction', () => {
    expect(transitionLook({ kind: 'slide-left', step: 1, steps: 4 }, frame)).toEqual({ outgoing: { ...shown, dx: -25 }, incoming: { ...shown, dx: 75 } });
    expect(transitionLook({ kind: 'slide-right', step: 1, steps: 4 }, frame)).toEqual({ outgoing: { ...shown, dx: 25 }, incoming: { ...shown, dx: -75 } });
    expect(transitionLook({ kind: 'slide-up', step: 2, steps: 4 }, frame)).toEqual({ outgoing: { ...shown, dy: -25 }, incoming: { ...shown, dy: 25 } });
    // Progress 0.25 of 50 px truncates to 12, as xfade's int conversion does.
    expect(transitionLook({ kind: 'slide-down', step: 3, steps: 4 }, frame)).toEqual({ outgoing: { ...shown, dy: 38 }, incoming: { ...shown, dy: -12 } });
  });
});
