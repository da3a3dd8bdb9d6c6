import { describe, expect, it } from 'vitest';
import { sampleAsset, tempStore } from './temp-store';

const T = (seconds: number): string => new Date(Date.parse('2025-03-01T10:00:00.000Z') + seconds * 1000).toISOString();

describe('job repository', () => {
  it('insert writes a queued job and get round-trips it', () => {
    const store = tempStore();
    const p = store.projects.create({ name: 'P', document: {}, schemaVersion: 1 });
    const input = { imageAssetId: 'a'.repeat(64), prompt: 'slow orbit', durationS: 5, options: { camera: ['orbit'] } };
    const job = store.jobs.insert({
      id: 'job-1',
      projectId: p.id,
      kind: 'image-to-video',
      provider: 'runway',
      model: 'gen4_turbo',
      input,
      costEstimateUsd: 0.25,
      cacheKey: 'ck-1',
    });
    expect(job).toEqual({
      id: 'job-1',
      projectId: p.id,
      kind: 'image-to-video',
      provider: 'runway',
      model: 'gen4_turbo',
      state: 'queued',
      remoteId: null,
      input,
      outputAssetId: null,
      errorCode: null,
      errorMessage: null,
      attempts: 0,
      progress: null,
      costEstimateUsd: 0.25,
      costActualUsd: null,
      cacheKey: 'ck-1',
      review: 'pending',
      createdAt: T(1),
      updatedAt: T(1),
      startedAt: null,
      finishedAt: null,
    });
    expect(store.jobs.get('job-1')).toEqual(job);
    expect(store.jobs.insert({ kind: 'draft-motion', provider: 'local', input: null }).id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('insert refuses a duplicate id (CONFLICT) and an unknown project (NOT_FOUND)', () => {
    const { jobs } = tempStore();
    jobs.insert({ id: 'j', kind: 'k', provider: 'local', input: {} });
    expect(() => jobs.insert({ id: 'j', kind: 'k', provider: 'local', input: {} })).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(() => jobs.insert({ id: 'j2', projectId: 'ghost', kind: 'k', provider: 'local', input: {} })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', message: 'cannot write job j2: project ghost does not exist' }),
    );
    expect(() => jobs.get('missing')).toThrow(expect.objectContaining({ code: 'NOT_FOUND', message: 'job missing does not exist' }));
    expect(jobs.find('missing')).toBeUndefined();
  });

  it('update walks the life cycle, setting timestamps, remote id, progress and outputs', () => {
    const store = tempStore();
    const asset = store.assets.upsert(sampleAsset('a'));
    store.jobs.insert({ id: 'j', kind: 'image-to-video', provider: 'replicate', input: {} }); // T(0)
    expect(store.jobs.update('j', { state: 'submitted', remoteId: 'r-123', attempts: 1 })).toMatchObject({
      state: 'submitted',
      remoteId: 'r-123',
      attempts: 1,
      startedAt: T(1),
      updatedAt: T(1),
      finishedAt: null,
    });
    expect(store.jobs.update('j', { state: 'running', progress: 0.4 })).toMatchObject({ progress: 0.4, startedAt: T(1), updatedAt: T(2) });
    expect(store.jobs.update('j', { progress: 0.9 })).toMatchObject({ state: 'running', progress: 0.9, remoteId: 'r-123' });
    store.jobs.update('j', { state: 'downloading', progress: null });
    const done = store.jobs.update('j', { state: 'succeeded', outputAssetId: asset.id, costActualUsd: 0.31, progress: 1 });
    expect(done).toMatchObject({ state: 'succeeded', outputAssetId: asset.id, costActualUsd: 0.31, progress: 1, startedAt: T(1), finishedAt: T(5) });
    expect(store.jobs.get('j')).toEqual(done);
  });

  it('a cancelled job cannot be revived by a late poll, but can be queued again', () => {
    const { jobs } = tempStore();
    jobs.insert({ id: 'j', kind: 'k', provider: 'runway', input: {} });
    jobs.update('j', { state: 'running' });
    jobs.update('j', { state: 'cancelled' });
    expect(() => jobs.update('j', { state: 'running', progress: 0.5 })).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(jobs.get('j')).toMatchObject({ state: 'cancelled', progress: null });
    jobs.update('j', { state: 'cancelled', errorCode: 'CANCELLED', errorMessage: 'cancelled by user' });
    expect(jobs.update('j', { state: 'queued', errorCode: null, errorMessage: null })).toMatchObject({
      state: 'queued',
      startedAt: null,
      finishedAt: null,
      errorCode: null,
      errorMessage: null,
    });
  });

  it('update validates progress and attempts and names an unknown output asset', () => {
    const { jobs } = tempStore();
    jobs.insert({ id: 'j', kind: 'k', provider: 'p', input: {} });
    expect(() => jobs.update('j', { progress: 1.5 })).toThrow(expect.objectContaining({ code: 'BAD_INPUT' }));
    expect(() => jobs.update('j', { attempts: -1 })).toThrow(expect.objectContaining({ code: 'BAD_INPUT' }));
    expect(() => jobs.update('j', { outputAssetId: 'e'.repeat(64) })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', message: `cannot write job j: output asset ${'e'.repeat(64)} does not exist` }),
    );
    expect(() => jobs.update('ghost', { progress: 0 })).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(jobs.get('j')).toMatchObject({ progress: null, attempts: 0, outputAssetId: null });
  });

  it('lists by state, unfinished (oldest first) and per project (newest first)', () => {
    const store = tempStore();
    const p = store.projects.create({ name: 'P', document: {}, schemaVersion: 1 });
    const make = (id: string, projectId: string | null = p.id) => store.jobs.insert({ id, projectId, kind: 'k', provider: 'p', input: {} });
    ['q', 's', 'r', 'd', 'ok', 'bad', 'x'].forEach((id) => make(id));
    make('other', null);
    store.jobs.update('s', { state: 'submitted' });
    store.jobs.update('r', { state: 'running' });
    store.jobs.update('d', { state: 'downloading' });
    store.jobs.update('ok', { state: 'succeeded' });
    store.jobs.update('bad', { state: 'failed' });
    store.jobs.update('x', { state: 'cancelled' });

    expect(store.jobs.listUnfinished().map((j) => j.id)).toEqual(['q', 's', 'r', 'd', 'other']);
    expect(store.jobs.listByState('failed').map((j) => j.id)).toEqual(['bad']);
    expect(store.jobs.listByState(['succeeded', 'cancelled']).map((j) => j.id)).toEqual(['ok', 'x']);
    expect(store.jobs.listByState([])).toEqual([]);
    expect(store.jobs.listForProject(p.id).map((j) => j.id)).toEqual(['x', 'bad', 'ok', 'd', 'r', 's', 'q']);
  });

  it('setReview records the verdict of a succeeded job only, and later updates keep it', () => {
    const store = tempStore();
    const asset = store.assets.upsert(sampleAsset('a'));
    store.jobs.insert({ id: 'j', kind: 'image-to-video', provider: 'runway', input: {} }); // T(0)
    store.jobs.update('j', { state: 'running' }); // T(1)
    expect(() => store.jobs.setReview('j', 'approved')).toThrow(
      expect.objectContaining({ code: 'BAD_INPUT', message: 'job j is running; only a succeeded job has an output to review', details: { jobId: 'j', state: 'running', field: 'review' } }),
    );
    store.jobs.update('j', { state: 'succeeded', outputAssetId: asset.id }); // T(2)
    expect(store.jobs.setReview('j', 'approved')).toMatchObject({ review: 'approved', state: 'succeeded', updatedAt: T(3), finishedAt: T(2) });
    expect(store.jobs.update('j', { costActualUsd: 0.2 })).toMatchObject({ review: 'approved', costActualUsd: 0.2 });
    expect(store.jobs.setReview('j', 'rejected').review).toBe('rejected');
    expect(() => store.jobs.setReview('ghost', 'approved')).toThrow(expect.objectContaining({ code: 'NOT_FOUND', message: 'job ghost does not exist' }));
  });
});
