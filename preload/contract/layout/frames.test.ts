import { describe, expect, it } from 'vitest';
import { formatSeconds, framesToSeconds, msToFrame } from './frames';

describe('msToFrame', () => {
  it('gives the nearest frame boundary, halves rounded up', () => {
    expect([0, 16, 17, 33, 34, 1000, 1500].map((ms) => msToFrame(ms, 30))).toEqual([0, 0, 1, 1, 1, 30, 45]);
    // 20 ms at 25 fps is exactly half a frame.
    expect([msToFrame(20, 25), msToFrame(19, 25), msToFrame(60, 25)]).toEqual([1, 0, 2]);
    expect([41, 42, 2041, 2042].map((ms) => msToFrame(ms, 24))).toEqual([1, 1, 49, 49]);
  });

  it('keeps neighbouring items on the same boundary, so durations add up exactly', () => {
    const cuts = [0, 1234, 2469, 3703, 9999];
    const frames = cuts.slice(1).map((end, i) => msToFrame(end, 24) - msToFrame(cuts[i] ?? 0, 24));
    expect(frames.reduce((a, b) => a + b, 0)).toBe(msToFrame(9999, 24));
  });
});

describe('formatSeconds / framesToSeconds', () => {
  it('prints at most six decimals, without float noise or trailing zeros', () => {
    expect([1.5, 2, 0.1 + 0.2, 1 / 3, 0, -0.25].map(formatSeconds)).toEqual(['1.5', '2', '0.3', '0.333333', '0', '-0.25']);
    expect([framesToSeconds(45, 30), framesToSeconds(109, 24), framesToSeconds(1, 60)]).toEqual(['1.5', '4.541667', '0.016667']);
  });
});
