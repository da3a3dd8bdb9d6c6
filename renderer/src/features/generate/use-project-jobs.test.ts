import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetStore, setStoreApi, useAppStore } from '../../stores';
import { FakeApi, apiError } from '../../stores/test-support/fake-api';
import { generateState, resetGenerateStore } from './generate-store';
import { job } from './test-jobs';
import { loadProjectJobs, missingOutputs } from './use-project-jobs';

let api: FakeApi;

beforeEach(() => {
  resetStore();
  resetGenerateStore();
  api = new FakeApi('browser');
  setStoreApi(api);
});
afterEach(() => setStoreApi(null));

describe('loadProjectJobs', () => {
  it('puts the listed jobs in the store, keeps newer event copies, and orders the list oldest first', async () => {
    useAppStore.setState({ jobs: { j2: job('j2', { state: 'succeeded', updatedAt: '2026-01-01T12:00:00.000Z' }) } });
    api.handle('jobs.list', () => [job('j2', { state: 'running' }), job('j1', { state: 'succeeded' })]);
    const [first, second] = [loadProjectJobs('p1'), loadProjectJobs('p1')];
    expect(await first).toBe(true);
    expect(await second).toBe(true);
    expect(api.callsOf('jobs.list')).toEqual([{ projectId: 'p1' }]);
    const jobs = useAppStore.getState().jobs;
    expect([jobs.j1?.state, jobs.j2?.state]).toEqual(['succeeded', 'succeeded']);
    expect(generateState().jobOrder).toEqual({ j1: 0, j2: 1 });
  });

  it('says when the jobs could not be loaded', async () => {
    api.handle('jobs.list', () => {
      throw apiError('jobs.list', { code: 'NOT_FOUND', message: 'project p1 does not exist' });
    });
    expect(await loadProjectJobs('p1')).toBe(false);
    expect(useAppStore.getState().toasts.map((t) => t.message)).toEqual(['Generation jobs could not be loaded: project p1 does not exist']);
  });
});

describe('missingOutputs', () => {
  it('lists finished clips of the project the media list lacks', () => {
    const jobs = { a: job('a', { outputAssetId: 'x' }), b: job('b', { outputAssetId: 'y' }), c: job('c', { outputAssetId: 'z', projectId: 'p2' }), d: job('d') };
    expect(missingOutputs(jobs, 'p1', new Set(['y']))).toEqual(['x']);
  });
});
