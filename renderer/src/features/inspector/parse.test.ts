import { describe, expect, it } from 'vitest';
import { formatSeconds, parseBudget, parseNumber, parseOptionalSeconds, parseSeconds } from './parse';

describe('formatSeconds', () => {
  it('shows milliseconds as seconds without trailing zeros', () => {
    expect([0, 1500, 1234, 2000, 50, 61001, -250].map(formatSeconds)).toEqual(['0', '1.5', '1.234', '2', '0.05', '61.001', '-0.25']);
  });
});

describe('parseSeconds', () => {
  it('reads decimals with a point or a comma, an "s" suffix and minutes:seconds', () => {
    expect(['1.5', '1,5', ' 2 ', '2s', '0.001', '.5', '1:02.5', '0:00'].map((t) => parseSeconds(t))).toEqual(
      [1500, 1500, 2000, 2000, 1, 500, 62500, 0].map((value) => ({ ok: true, value })),
    );
  });
  it('rounds finer input to whole milliseconds and round-trips with formatSeconds', () => {
    expect(parseSeconds('1.2345')).toEqual({ ok: true, value: 1235 });
    for (const ms of [0, 1, 999, 1500, 12345, 600000]) expect(parseSeconds(formatSeconds(ms))).toEqual({ ok: true, value: ms });
  });
  it('refuses text, bad minute forms and values out of bounds with a reason', () => {
    const bad = { ok: false, reason: 'enter seconds, like 1.5 or 0:01.5' };
    expect(parseSeconds('abc')).toEqual(bad);
    expect(parseSeconds('')).toEqual(bad);
    expect(parseSeconds('1:2:3')).toEqual(bad);
    expect(parseSeconds('1:75')).toEqual(bad);
    expect(parseSeconds('0', { min: 1 })).toEqual({ ok: false, reason: 'must be at least 0.001 s' });
    expect(parseSeconds('11', { max: 10000 })).toEqual({ ok: false, reason: 'must be at most 10 s' });
  });
});

describe('parseOptionalSeconds', () => {
  it('gives null for an empty field and ms otherwise', () => {
    expect(parseOptionalSeconds('  ')).toEqual({ ok: true, value: null });
    expect(parseOptionalSeconds('3')).toEqual({ ok: true, value: 3000 });
  });
});

describe('parseNumber', () => {
  it('reads numbers within bounds', () => {
    expect(parseNumber('64', { min: 8, max: 400 })).toEqual({ ok: true, value: 64 });
    expect(parseNumber('-3,5')).toEqual({ ok: true, value: -3.5 });
    expect(parseNumber('4', { min: 8 })).toEqual({ ok: false, reason: 'must be at least 8' });
    expect(parseNumber('500', { max: 400 })).toEqual({ ok: false, reason: 'must be at most 400' });
    expect(parseNumber('1e3')).toEqual({ ok: false, reason: 'enter a number' });
  });
});

describe('parseBudget', () => {
  it('gives null for empty, dollars rounded to cents otherwise', () => {
    expect(parseBudget('')).toEqual({ ok: true, value: null });
    expect(parseBudget('$2.505')).toEqual({ ok: true, value: 2.51 });
    expect(parseBudget('10')).toEqual({ ok: true, value: 10 });
    expect(parseBudget('-1')).toEqual({ ok: false, reason: 'must be at least 0' });
  });
});
