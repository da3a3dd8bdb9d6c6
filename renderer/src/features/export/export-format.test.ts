import { describe, expect, it } from 'vitest';
import { describeOutput, fileNameOf, formatEta, outputsSummary, percentOf, pillText, progressLine } from './export-format';

describe('formatEta', () => {
  it('shows mm:ss, rounded up, with minutes past an hour', () => {
    expect(formatEta(0)).toBe('00:00');
    expect(formatEta(1)).toBe('00:01');
    expect(formatEta(12_000)).toBe('00:12');
    expect(formatEta(65_001)).toBe('01:06');
    expect(formatEta(599_000)).toBe('09:59');
    expect(formatEta(4_320_000)).toBe('72:00');
  });

  it('has nothing to show without an estimate', () => {
    expect(formatEta(null)).toBeNull();
    expect(formatEta(undefined)).toBeNull();
    expect(formatEta(-5)).toBeNull();
    expect(formatEta(Number.NaN)).toBeNull();
  });
});

describe('progress text', () => {
  it('rounds the percent down and says when there is no estimate yet', () => {
    expect(percentOf(0.999)).toBe(99);
    expect(percentOf(0.29)).toBe(29);
    expect(percentOf(1)).toBe(100);
    expect(percentOf(1.5)).toBe(100);
    expect(percentOf(-1)).toBe(0);
    expect(progressLine(0.4231, 65_000)).toBe('42% · 01:05 left');
    expect(progressLine(0, null)).toBe('0% · estimating time left');
  });
});

describe('file text', () => {
  it('names the file on either OS', () => {
    expect(fileNameOf('/home/me/exports/ad-9x16.mp4')).toBe('ad-9x16.mp4');
    expect(fileNameOf('C:\\Users\\me\\ad.mp4')).toBe('ad.mp4');
    expect(fileNameOf('ad.mp4')).toBe('ad.mp4');
  });

  it('describes a finished file with size, duration and bytes', () => {
    expect(describeOutput({ width: 1920, height: 1080, durationMs: 12_000, byteSize: 3_565_158 })).toBe('1920×1080 · 12.0 s · 3.4 MB');
    expect(describeOutput({ durationMs: 83_500, byteSize: 1536 })).toBe('1:23.5 · 1.5 KB');
  });

  it('sums up one or several files', () => {
    expect(outputsSummary([{ path: '/x/ad.mp4', byteSize: 2048, aspect: '16:9' }])).toBe('ad.mp4 (2.0 KB)');
    expect(outputsSummary([{ byteSize: 10, aspect: '1:1' }])).toBe('1:1 (10 B)');
    expect(
      outputsSummary([
        { path: '/x/a.mp4', byteSize: 1024, aspect: '16:9' },
        { path: '/x/b.mp4', byteSize: 1024, aspect: '9:16' },
      ]),
    ).toBe('2 files (2.0 KB)');
  });
});

describe('pillText', () => {
  const run = { status: 'running', fraction: 0.5, etaMs: 30_000, seen: false, cancelling: false } as const;
  it('shows progress while running and the outcome until it was seen, never the word Export', () => {
    expect(pillText(run)).toBe('Rendering 50% · 00:30 left');
    expect(pillText({ ...run, cancelling: true })).toBe('Rendering: cancelling');
    expect(pillText({ ...run, status: 'starting' })).toBe('Rendering: starting');
    expect(pillText({ ...run, status: 'succeeded' })).toBe('Video ready');
    expect(pillText({ ...run, status: 'failed' })).toBe('Video failed');
    expect(pillText({ ...run, status: 'cancelled' })).toBeNull();
    expect(pillText({ ...run, status: 'succeeded', seen: true })).toBeNull();
    expect(pillText({ ...run, status: 'idle', seen: true })).toBeNull();
  });
});
