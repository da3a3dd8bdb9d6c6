import { describe, expect, it } from 'vitest';
import { offsetForTarget, reorderShiftPx, reorderTarget, type Slot } from './reorder-math';

// Four items: 100, 50, 100 and 60 px wide, the third overlapping the second by 10 px (a transition).
const slots: Slot[] = [
  { leftPx: 0, widthPx: 100 },
  { leftPx: 100, widthPx: 50 },
  { leftPx: 140, widthPx: 100 },
  { leftPx: 240, widthPx: 60 },
];

describe('reorderTarget', () => {
  it('stays put until the middle passes a neighbour middle', () => {
    expect(reorderTarget({ slots, fromIndex: 0, deltaPx: 0 })).toBe(0);
    expect(reorderTarget({ slots, fromIndex: 0, deltaPx: 74 })).toBe(0);
    expect(reorderTarget({ slots, fromIndex: 0, deltaPx: 76 })).toBe(1);
    expect(reorderTarget({ slots, fromIndex: 0, deltaPx: 141 })).toBe(2);
    expect(reorderTarget({ slots, fromIndex: 0, deltaPx: 5_000 })).toBe(3);
  });
  it('moves left past neighbours and clamps at the start', () => {
    expect(reorderTarget({ slots, fromIndex: 3, deltaPx: -79 })).toBe(3);
    expect(reorderTarget({ slots, fromIndex: 3, deltaPx: -81 })).toBe(2);
    expect(reorderTarget({ slots, fromIndex: 3, deltaPx: -5_000 })).toBe(0);
  });
});

describe('reorderShiftPx', () => {
  const shifts = (fromIndex: number, toIndex: number): number[] => slots.map((_, index) => reorderShiftPx({ slots, fromIndex, toIndex, index }));
  it('moves the passed items towards the gap by the dragged width', () => {
    expect(shifts(0, 2)).toEqual([0, -100, -100, 0]);
    expect(shifts(3, 1)).toEqual([0, 60, 60, 0]);
    expect(shifts(2, 2)).toEqual([0, 0, 0, 0]);
  });
});

describe('offsetForTarget', () => {
  it('lands just past the passed item, so the target agrees', () => {
    for (const [from, to] of [
      [0, 1],
      [0, 3],
      [3, 0],
      [2, 1],
      [1, 2],
    ] as const) {
      const deltaPx = offsetForTarget({ slots, fromIndex: from, toIndex: to });
      expect(reorderTarget({ slots, fromIndex: from, deltaPx })).toBe(to);
    }
  });
  it('is 0 for the own position and clamps past the ends', () => {
    expect(offsetForTarget({ slots, fromIndex: 1, toIndex: 1 })).toBe(0);
    expect(offsetForTarget({ slots, fromIndex: 1, toIndex: 9 })).toBe(offsetForTarget({ slots, fromIndex: 1, toIndex: 3 }));
  });
});
