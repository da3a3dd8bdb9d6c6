import { describe, expect, it } from 'vitest';
import { planRange, rangeHeaders } from './range';

describe('planRange', () => {
  const size = 1000;

  it('serves the whole file without a Range header', () => {
    expect(planRange({ header: undefined, size })).toEqual({ status: 200, start: 0, end: 999, length: 1000 });
    expect(planRange({ header: null, size })).toEqual({ status: 200, start: 0, end: 999, length: 1000 });
    expect(planRange({ header: '  ', size })).toEqual({ status: 200, start: 0, end: 999, length: 1000 });
  });

  it('answers a closed range with exactly those bytes', () => {
    expect(planRange({ header: 'bytes=0-99', size })).toEqual({ status: 206, start: 0, end: 99, length: 100 });
    expect(planRange({ header: 'bytes=500-500', size })).toEqual({ status: 206, start: 500, end: 500, length: 1 });
  });

  it('answers the open range a <video> sends when it starts and when it seeks', () => {
    expect(planRange({ header: 'bytes=0-', size })).toEqual({ status: 206, start: 0, end: 999, length: 1000 });
    expect(planRange({ header: 'bytes=640-', size })).toEqual({ status: 206, start: 640, end: 999, length: 360 });
  });

  it('clamps an end past the file to the last byte', () => {
    expect(planRange({ header: 'bytes=900-5000', size })).toEqual({ status: 206, start: 900, end: 999, length: 100 });
  });

  it('answers a suffix range with the last N bytes, or the whole file when N is larger', () => {
    expect(planRange({ header: 'bytes=-100', size })).toEqual({ status: 206, start: 900, end: 999, length: 100 });
    expect(planRange({ header: 'bytes=-5000', size })).toEqual({ status: 206, start: 0, end: 999, length: 1000 });
  });

  it('is unsatisfiable when the range starts at or past the end, or asks for zero suffix bytes', () => {
    expect(planRange({ header: 'bytes=1000-', size })).toEqual({ status: 416 });
    expect(planRange({ header: 'bytes=2000-3000', size })).toEqual({ status: 416 });
    expect(planRange({ header: 'bytes=-0', size })).toEqual({ status: 416 });
    expect(planRange({ header: 'bytes=0-', size: 0 })).toEqual({ status: 416 });
  });

  it('ignores headers it must or may ignore (RFC 9110): malformed, reversed, other units, several ranges', () => {
    const full = { status: 200, start: 0, end: 999, length: 1000 };
    expect(planRange({ header: 'bytes=abc', size })).toEqual(full);
    expect(planRange({ header: 'bytes=-', size })).toEqual(full);
    expect(planRange({ header: 'bytes=500-100', size })).toEqual(full);
    expect(planRange({ header: 'items=0-10', size })).toEqual(full);
    expect(planRange({ header: 'bytes=0-10, 20-30', size })).toEqual(full);
    expect(planRange({ header: 'bytes=99999999999999999999-', size })).toEqual(full);
  });

  it('accepts the unit in any case and spaces around the numbers', () => {
    expect(planRange({ header: 'Bytes = 10 - 19', size })).toEqual({ status: 206, start: 10, end: 19, length: 10 });
  });

  it('refuses a size that is not a byte count', () => {
    expect(() => planRange({ header: 'bytes=0-', size: -1 })).toThrow('file size -1 is not a non-negative integer');
    expect(() => planRange({ header: 'bytes=0-', size: 1.5 })).toThrow('file size 1.5 is not a non-negative integer');
  });
});

describe('rangeHeaders', () => {
  it('gives 206 answers a Content-Range naming the slice and the total', () => {
    const plan = planRange({ header: 'bytes=100-199', size: 1000 });
    expect(rangeHeaders({ plan, size: 1000 })).toEqual({ 'Accept-Ranges': 'bytes', 'Content-Length': '100', 'Content-Range': 'bytes 100-199/1000' });
  });

  it('advertises ranges on a full answer so the element knows it can seek', () => {
    const plan = planRange({ header: undefined, size: 1000 });
    expect(rangeHeaders({ plan, size: 1000 })).toEqual({ 'Accept-Ranges': 'bytes', 'Content-Length': '1000' });
  });

  it('gives 416 answers the total size as RFC 9110 asks', () => {
    expect(rangeHeaders({ plan: { status: 416 }, size: 1000 })).toEqual({ 'Accept-Ranges': 'bytes', 'Content-Range': 'bytes */1000', 'Content-Length': '0' });
  });
});
