import { describe, expect, it } from 'vitest';
import { formatBytes, formatDuration, formatWhen } from './format';

describe('format', () => {
  it('durations', () => {
    expect(formatDuration(12_040)).toBe('12.0 s');
    expect(formatDuration(83_500)).toBe('1:23.5');
    expect(formatDuration(0)).toBe('0.0 s');
  });

  it('bytes', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(5 * 1024 * 1024)).toBe('5.0 MB');
  });

  it('relative days', () => {
    const now = new Date(2026, 2, 10, 15, 0);
    expect(formatWhen(new Date(2026, 2, 10, 9, 5).toISOString(), now)).toMatch(/^Today /);
    expect(formatWhen(new Date(2026, 2, 9, 23, 59).toISOString(), now)).toMatch(/^Yesterday /);
    expect(formatWhen(new Date(2026, 0, 3).toISOString(), now)).toMatch(/2026/);
    expect(formatWhen('not a date', now)).toBe('not a date');
  });
});
