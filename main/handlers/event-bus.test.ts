import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEventBus } from './event-bus';

const progress = (jobId: string, value: number) => ({ jobId, projectId: null, progress: value });
const job = (id: string) => ({
  id, projectId: null, kind: 'image-to-video', provider: 'runway', model: null, state: 'succeeded' as const, outputAssetId: null,
  sourceAssetId: 'a'.repeat(64), review: 'approved' as const,
  errorCode: null, errorMessage: null, attempts: 1, progress: 1, costEstimateUsd: null, costActualUsd: null,
  createdAt: 't', updatedAt: 't', startedAt: null, finishedAt: null,
});

describe('createEventBus', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  function recorded(options: Parameters<typeof createEventBus>[0] = {}) {
    const bus = createEventBus({ intervalMs: 100, validate: true, now: () => Date.now(), ...options });
    const seen: [string, unknown][] = [];
    bus.subscribe((name, payload) => seen.push([name, payload]));
    return { bus, seen };
  }

  it('delivers the first progress at once, then at most one per interval with the latest value', () => {
    const { bus, seen } = recorded();
    bus.emit('job.progress', progress('a', 0.1));
    bus.emit('job.progress', progress('a', 0.2));
    bus.emit('job.progress', progress('a', 0.3));
    expect(seen).toEqual([['job.progress', progress('a', 0.1)]]);
    vi.advanceTimersByTime(100);
    expect(seen).toEqual([
      ['job.progress', progress('a', 0.1)],
      ['job.progress', progress('a', 0.3)],
    ]);
  });

  it('throttles each job on its own', () => {
    const { bus, seen } = recorded();
    bus.emit('job.progress', progress('a', 0.1));
    bus.emit('job.progress', progress('b', 0.1));
    expect(seen.length).toBe(2);
  });

  it('delivers a final event at once and drops what was pending', () => {
    const { bus, seen } = recorded();
    bus.emit('job.progress', progress('a', 0.1));
    bus.emit('job.progress', progress('a', 0.5));
    bus.emit('job.progress', progress('a', 1));
    vi.advanceTimersByTime(500);
    expect(seen.map(([, p]) => (p as { progress: number }).progress)).toEqual([0.1, 1]);
  });

  it('flushes pending progress of a job before its job.changed, never after', () => {
    const { bus, seen } = recorded();
    bus.emit('job.progress', progress('a', 0.1));
    bus.emit('job.progress', progress('a', 0.9));
    bus.emit('job.changed', { job: job('a') });
    vi.advanceTimersByTime(500);
    expect(seen.map(([name]) => name)).toEqual(['job.progress', 'job.progress', 'job.changed']);
  });

  it('refuses a payload that breaks the contract (INTERNAL) when validating', () => {
    const { bus } = recorded();
    expect(() => bus.emit('job.progress', { jobId: 'a', projectId: null, progress: 2 })).toThrow(/job\.progress has an invalid payload at progress/);
  });

  it('carries the source image and the verdict of a job, and refuses an unknown verdict', () => {
    const { bus, seen } = recorded();
    bus.emit('job.changed', { job: job('a') });
    expect(seen).toEqual([['job.changed', { job: job('a') }]]);
    expect(() => bus.emit('job.changed', { job: { ...job('b'), review: 'maybe' as 'pending' } })).toThrow(/job\.changed has an invalid payload at job\.review/);
    expect(() => bus.emit('job.changed', { job: { ...job('b'), sourceAssetId: '../x' } })).toThrow(/job\.changed has an invalid payload at job\.sourceAssetId/);
  });

  it('keeps delivering to other listeners when one throws, and stops after unsubscribe', () => {
    const errors: unknown[] = [];
    const { bus, seen } = recorded({ onListenerError: (e) => errors.push(e) });
    const off = bus.subscribe(() => {
      throw new Error('boom');
    });
    bus.emit('project.saved', { projectId: 'p', name: 'n', revision: 'a'.repeat(32), updatedAt: 't' });
    off();
    bus.emit('project.saved', { projectId: 'p', name: 'n', revision: 'b'.repeat(32), updatedAt: 't' });
    expect(seen.length).toBe(2);
    expect(errors.length).toBe(1);
  });
});
