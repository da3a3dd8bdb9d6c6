import { describe, expect, it } from 'vitest';
import { chooseTickScale, formatTickLabel, formatTimecode, ticksInRange } from './ruler-ticks';

describe('chooseTickScale', () => {
  it('picks the smallest step whose labels are at least 72 px apart', () => {
    expect(chooseTickScale(0.08)).toEqual({ majorMs: 1_000, minorMs: 200 }); // 80 px/s
    expect(chooseTickScale(0.05)).toEqual({ majorMs: 2_000, minorMs: 500 }); // 1 s = 50 px
    expect(chooseTickScale(1)).toEqual({ majorMs: 100, minorMs: 20 }); // 1000 px/s
    expect(chooseTickScale(0.01)).toEqual({ majorMs: 10_000, minorMs: 2_000 }); // 10 px/s
  });
  it('keeps the largest step when even that is too dense', () => {
    expect(chooseTickScale(0.000_01)).toEqual({ majorMs: 600_000, minorMs: 120_000 });
  });
});

describe('ticksInRange', () => {
  it('lists minor ticks in the window and marks the major ones', () => {
    expect(ticksInRange({ fromMs: 700, toMs: 2_100, scale: { majorMs: 1_000, minorMs: 500 } })).toEqual([
      { ms: 1_000, major: true },
      { ms: 1_500, major: false },
      { ms: 2_000, major: true },
    ]);
  });
  it('never starts before zero', () => {
    expect(ticksInRange({ fromMs: -900, toMs: 400, scale: { majorMs: 1_000, minorMs: 200 } })).toEqual([
      { ms: 0, major: true },
      { ms: 200, major: false },
      { ms: 400, major: false },
    ]);
  });
});

describe('labels', () => {
  it('formats ruler labels by step', () => {
    expect(formatTickLabel(5_000, 1_000)).toBe('0:05');
    expect(formatTickLabel(90_000, 10_000)).toBe('1:30');
    expect(formatTickLabel(2_500, 500)).toBe('0:02.5');
  });
  it('formats the time readout', () => {
    expect(formatTimecode(0)).toBe('0:00.00');
    expect(formatTimecode(3_256)).toBe('0:03.25');
    expect(formatTimecode(61_005)).toBe('1:01.00');
  });
});
