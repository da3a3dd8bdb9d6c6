import { describe, expect, it } from 'vitest';
import { formatEta, formatTimecode } from './time-format';

describe('formatTimecode', () => {
  it('shows minutes, seconds and hundredths', () => {
    expect(formatTimecode(3200)).toBe('00:03.20');
    expect(formatTimecode(12_000)).toBe('00:12.00');
    expect(formatTimecode(0)).toBe('00:00.00');
    expect(formatTimecode(83_456)).toBe('01:23.45');
    expect(formatTimecode(3_600_000)).toBe('60:00.00');
  });

  it('truncates to the hundredth the playhead has reached', () => {
    // Frame 1 at 30 fps is 33 ms; 999 ms is not yet one second.
    expect(formatTimecode(33)).toBe('00:00.03');
    expect(formatTimecode(999)).toBe('00:00.99');
  });

  it('never shows a negative time', () => {
    expect(formatTimecode(-40)).toBe('00:00.00');
  });
});

describe('formatEta', () => {
  it('rounds to whole seconds, at least one', () => {
    expect(formatEta(0)).toBe('1 s');
    expect(formatEta(12_400)).toBe('12 s');
    expect(formatEta(59_400)).toBe('59 s');
  });

  it('switches to minutes past a minute', () => {
    expect(formatEta(60_000)).toBe('1 min');
    expect(formatEta(125_000)).toBe('2 min 5 s');
  });
});
