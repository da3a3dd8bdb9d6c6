import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/app-error';
import type { JobState, JobTimestamps } from './job-state';
import { JOB_STATES, UNFINISHED_JOB_STATES, isUnfinished, planJobTransition } from './job-state';

const NOW = '2025-01-02T03:04:05.000Z';
const EARLIER = '2025-01-01T00:00:00.000Z';
const fresh: JobTimestamps = { startedAt: null, finishedAt: null };
const started: JobTimestamps = { startedAt: EARLIER, finishedAt: null };
const done: JobTimestamps = { startedAt: EARLIER, finishedAt: EARLIER };

const plan = (from: JobState, to: JobState, current: JobTimestamps) => planJobTransition({ jobId: 'j1', from, to, current, now: NOW });

describe('planJobTransition', () => {
  it('knows which states are unfinished', () => {
    expect(JOB_STATES.filter(isUnfinished)).toEqual([...UNFINISHED_JOB_STATES]);
  });

  it('sets startedAt once, when the job leaves the queue', () => {
    expect(plan('queued', 'submitted', fresh)).toEqual({ startedAt: NOW, finishedAt: null });
    expect(plan('queued', 'running', fresh)).toEqual({ startedAt: NOW, finishedAt: null });
    expect(plan('submitted', 'running', started)).toEqual(started);
    expect(plan('running', 'downloading', started)).toEqual(started);
  });

  it('sets finishedAt on a final state and keeps startedAt', () => {
    expect(plan('downloading', 'succeeded', started)).toEqual({ startedAt: EARLIER, finishedAt: NOW });
    expect(plan('running', 'failed', started)).toEqual({ startedAt: EARLIER, finishedAt: NOW });
    expect(plan('queued', 'cancelled', fresh)).toEqual({ startedAt: null, finishedAt: NOW });
  });

  it('a same-state update changes no timestamp', () => {
    expect(plan('running', 'running', started)).toEqual(started);
    expect(plan('failed', 'failed', done)).toEqual(done);
  });

  it('back to the queue from an unfinished state keeps startedAt (backoff retry)', () => {
    expect(plan('running', 'queued', started)).toEqual(started);
  });

  it('a failed or cancelled job may be queued again, timed afresh', () => {
    expect(plan('failed', 'queued', done)).toEqual(fresh);
    expect(plan('cancelled', 'queued', done)).toEqual(fresh);
  });

  it('refuses to revive a finished job', () => {
    for (const [from, to] of [
      ['cancelled', 'running'],
      ['failed', 'succeeded'],
      ['succeeded', 'queued'],
      ['succeeded', 'failed'],
    ] as const) {
      let error: unknown;
      try {
        plan(from, to, done);
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('CONFLICT');
      expect((error as AppError).message).toBe(`job j1 is already ${from} and cannot become ${to}`);
    }
  });
});
