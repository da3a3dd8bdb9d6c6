import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliIo } from './cli-io';
import { createProgressReporter, formatEta, progressBar } from './progress-reporter';

function io(isTty: boolean): { io: CliIo; err: () => string } {
  const stderr = new PassThrough();
  const chunks: string[] = [];
  stderr.on('data', (c: Buffer) => chunks.push(c.toString()));
  return { io: { stdout: new PassThrough(), stderr, env: {}, cwd: '/', isTty }, err: () => chunks.join('') };
}

const ev = (percent: number, etaMs: number | null = 5000) => ({ percent, outTimeMs: 0, speed: 1, etaMs, done: percent >= 100 });

describe('progress reporter', () => {
  it('formats ETA and the bar', () => {
    expect(formatEta(65_400)).toBe('1:05');
    expect(formatEta(null)).toBe('--:--');
    expect(progressBar(50, 10)).toBe('[#####.....]');
  });
  it('writes one JSON object per line with --json', () => {
    const t = io(false);
    const r = createProgressReporter(t.io, { json: true, label: 'render' });
    r.onProgress(ev(12.5));
    r.onProgress(ev(100, 0));
    expect(t.err().trim().split('\n').map((l) => JSON.parse(l) as unknown)).toEqual([
      { event: 'progress', task: 'render', percent: 12.5, etaMs: 5000, speed: 1, outTimeMs: 0, done: false },
      { event: 'progress', task: 'render', percent: 100, etaMs: 0, speed: 1, outTimeMs: 0, done: true },
    ]);
  });
  it('redraws a bar on a terminal and ends the line on finish', () => {
    const t = io(true);
    const r = createProgressReporter(t.io, { json: false, label: 'render' });
    r.onProgress(ev(50));
    r.finish();
    expect(t.err()).toBe(`\rrender ${progressBar(50)}  50.0%  ETA 0:05 \n`);
  });
  it('prints a plain line every 10 % when not a terminal', () => {
    const t = io(false);
    const r = createProgressReporter(t.io, { json: false, label: 'x' });
    for (const p of [1, 5, 11, 12, 25, 100]) r.onProgress(ev(p, null));
    expect(t.err()).toBe('x: 1% (ETA --:--)\nx: 11% (ETA --:--)\nx: 25% (ETA --:--)\nx: 100% (ETA --:--)\n');
  });
});
