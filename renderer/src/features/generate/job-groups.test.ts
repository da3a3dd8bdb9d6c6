import { describe, expect, it } from 'vitest';
import { awaitsReview, canRetry, groupJobs, isActive, mergeJobLists, pendingApprovals, progressPercent, projectClipJobs } from './job-groups';
import { job } from './test-jobs';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const OUT = (n: number): string => String(n).repeat(64);
const T1 = '2026-01-01T10:00:00.000Z';
const T2 = '2026-01-01T11:00:00.000Z';
const ids = (jobs: { id: string }[]): string[] => jobs.map((j) => j.id);

describe('projectClipJobs', () => {
  it('keeps the clip jobs of the project, not voice-overs or other projects', () => {
    const jobs = { j1: job('j1'), j2: job('j2', { kind: 'voice-over' }), j3: job('j3', { projectId: 'p2' }), j4: job('j4', { kind: 'image-to-video', provider: 'runway' }) };
    expect(ids(projectClipJobs(jobs, 'p1'))).toEqual(['j1', 'j4']);
  });
});

describe('groupJobs', () => {
  it('groups by source image, newest group and newest job first; jobs of one request by the panel’s order', () => {
    const jobs = [
      job('a-old', { sourceAssetId: A, createdAt: T1 }),
      job('b-1', { sourceAssetId: B, createdAt: T1 }),
      job('a-new', { sourceAssetId: A, createdAt: T2 }),
      job('none', { sourceAssetId: null, createdAt: T1 }),
    ];
    const order = { 'a-old': 0, 'b-1': 1, none: 2, 'a-new': 3 };
    expect(groupJobs(jobs, order).map((g) => [g.key, ids(g.jobs)])).toEqual([
      [A, ['a-new', 'a-old']],
      ['job-none', ['none']],
      [B, ['b-1']],
    ]);
  });

  it('falls back to the id when neither time nor order tells', () => {
    expect(ids(groupJobs([job('x'), job('z'), job('y')], {})[0]?.jobs ?? [])).toEqual(['z', 'y', 'x']);
  });
});

describe('job state helpers', () => {
  it('knows what can be cancelled, retried and reviewed', () => {
    const states = ['queued', 'submitted', 'running', 'downloading', 'succeeded', 'failed', 'cancelled'] as const;
    expect(states.map((state) => [isActive({ state }), canRetry({ state })])).toEqual([
      [true, false], [true, false], [true, false], [true, false], [false, false], [false, true], [false, true],
    ]);
    expect([
      awaitsReview({ state: 'succeeded', review: 'pending', outputAssetId: OUT(1) }),
      awaitsReview({ state: 'succeeded', review: 'approved', outputAssetId: OUT(1) }),
      awaitsReview({ state: 'succeeded', review: 'pending', outputAssetId: null }),
      awaitsReview({ state: 'running', review: 'pending', outputAssetId: null }),
    ]).toEqual([true, false, false, false]);
  });

  it('shows live progress first, the job’s own next, 100 when done, unknown as null', () => {
    expect([
      progressPercent({ state: 'running', progress: 0.2 }, 0.456),
      progressPercent({ state: 'running', progress: 0.2 }, undefined),
      progressPercent({ state: 'queued', progress: null }, null),
      progressPercent({ state: 'succeeded', progress: null }, undefined),
    ]).toEqual([46, 20, null, 100]);
  });
});

describe('pendingApprovals', () => {
  it('takes each image’s newest unreviewed clip, in scene order', () => {
    const jobs = [
      job('a1', { sourceAssetId: A, state: 'succeeded', outputAssetId: OUT(1) }),
      job('b1', { sourceAssetId: B, state: 'succeeded', outputAssetId: OUT(2) }),
      job('a2', { sourceAssetId: A, state: 'succeeded', outputAssetId: OUT(3), createdAt: T2 }),
      job('b2', { sourceAssetId: B, state: 'failed', createdAt: T2 }),
      job('c1', { sourceAssetId: 'c'.repeat(64), state: 'succeeded', outputAssetId: OUT(4), review: 'approved' }),
    ];
    expect(ids(pendingApprovals(jobs, { a1: 0, b1: 1, a2: 2, b2: 3 }))).toEqual(['b1', 'a2']);
  });
});

describe('mergeJobLists', () => {
  it('keeps the newer copy of each job and the jobs the list does not know', () => {
    const listed = [job('j1', { state: 'running', updatedAt: T1 }), job('j2', { state: 'succeeded', updatedAt: T2 })];
    const current = { j1: job('j1', { state: 'succeeded', updatedAt: T2 }), j2: job('j2', { state: 'running', updatedAt: T1 }), j3: job('j3') };
    expect(mergeJobLists(listed, current).map((j) => [j.id, j.state])).toEqual([
      ['j1', 'succeeded'],
      ['j2', 'succeeded'],
      ['j3', 'queued'],
    ]);
  });
});
