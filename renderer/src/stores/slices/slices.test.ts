import { beforeEach, describe, expect, it } from 'vitest';
import type { JobDto } from '../../../../preload/contract/dto/job-dto';
import { useAppStore, resetStore } from '../app-store';
import { ZOOM_MAX, ZOOM_MIN } from './playback-slice';

const job = (id: string, state: JobDto['state']): JobDto => ({
  id,
  projectId: 'p1',
  kind: 'generate',
  provider: 'draft',
  model: null,
  state,
  outputAssetId: null,
  sourceAssetId: null,
  review: 'pending',
  errorCode: null,
  errorMessage: null,
  attempts: 0,
  progress: null,
  costEstimateUsd: null,
  costActualUsd: null,
  createdAt: 't',
  updatedAt: 't',
  startedAt: null,
  finishedAt: null,
});

beforeEach(() => resetStore());

describe('slices', () => {
  it('selection: replaces, toggles without duplicates, clears', () => {
    const s = useAppStore.getState();
    s.select(['a', 'b', 'a']);
    expect(useAppStore.getState().selectedIds).toEqual(['a', 'b']);
    s.toggleSelected('a');
    s.toggleSelected('c');
    expect(useAppStore.getState().selectedIds).toEqual(['b', 'c']);
    s.clearSelection();
    expect(useAppStore.getState().selectedIds).toEqual([]);
  });

  it('playback: zoom steps stay within bounds and leave fit mode', () => {
    const s = useAppStore.getState();
    expect(useAppStore.getState().zoomToFit).toBe(true);
    for (let i = 0; i < 40; i += 1) s.zoomIn();
    expect(useAppStore.getState()).toMatchObject({ zoom: ZOOM_MAX, zoomToFit: false });
    for (let i = 0; i < 60; i += 1) s.zoomOut();
    expect(useAppStore.getState().zoom).toBe(ZOOM_MIN);
    s.setZoomToFit(true);
    expect(useAppStore.getState().zoomToFit).toBe(true);
  });

  it('jobs: mirrors job.changed and job.progress events', () => {
    const s = useAppStore.getState();
    s.onJobChanged({ job: job('j1', 'queued') });
    s.onJobChanged({ job: job('j1', 'running') });
    s.onJobProgress({ jobId: 'j1', projectId: 'p1', progress: 0.4, status: 'processing' });
    s.onJobProgress({ jobId: 'j1', projectId: 'p1', progress: null });
    expect(useAppStore.getState().jobs.j1?.state).toBe('running');
    expect(useAppStore.getState().jobProgress).toEqual({ j1: { progress: null, status: null } });
  });

  it('ui: keeps the newest four messages and dismisses by id', () => {
    const s = useAppStore.getState();
    const ids = [1, 2, 3, 4, 5].map((n) => s.pushToast({ tone: 'info', message: `m${n}` }));
    expect(useAppStore.getState().toasts.map((t) => t.message)).toEqual(['m2', 'm3', 'm4', 'm5']);
    s.dismissToast(ids[2] as number);
    expect(useAppStore.getState().toasts.map((t) => t.message)).toEqual(['m2', 'm4', 'm5']);
  });

  it('resetStore brings every slice back to its first state', () => {
    const s = useAppStore.getState();
    s.select(['x']);
    s.openDialog('export');
    s.setPlaying(true);
    resetStore();
    expect(useAppStore.getState()).toMatchObject({ selectedIds: [], dialog: null, playing: false, doc: null, toasts: [] });
  });
});
