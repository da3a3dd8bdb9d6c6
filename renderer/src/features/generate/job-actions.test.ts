import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProjectAssetDto } from '../../../../preload/contract/dto/asset-dto';
import { documentActions, resetStore, setStoreApi, useAppStore } from '../../stores';
import { FakeApi, apiError } from '../../stores/test-support/fake-api';
import { ASSET_A, documentState, sampleDoc, still } from '../../stores/test-support/sample-doc';
import { bindProject, resetGenerateStore } from './generate-store';
import { approveAll, approveJob, cancelJob, rejectJob } from './job-actions';
import { job } from './test-jobs';

const OTHER = 'd'.repeat(64);
const OUT1 = '1'.repeat(64);
const OUT2 = '2'.repeat(64);
const clipAsset = (id: string, durationMs: number | null): ProjectAssetDto => ({
  id, kind: 'video', ext: 'mp4', originalName: `${id.slice(0, 4)}.mp4`, byteSize: 1, width: 8, height: 8, durationMs, fps: 30, hasAudio: false, hasAlpha: false, rotation: 0,
  codec: 'h264', hasThumbnail: false, provenance: null, createdAt: 't', viewType: null, addedAt: 't',
});
const video = (): unknown[] => (useAppStore.getState().doc?.tracks.video ?? []).map((i) => [i.type, 'media' in i && 'assetId' in i.media ? i.media.assetId.slice(0, 1) : null]);
const toasts = (): string[] => useAppStore.getState().toasts.map((t) => `${t.tone}: ${t.message}`);

let api: FakeApi;

beforeEach(() => {
  resetStore();
  resetGenerateStore();
  api = new FakeApi('browser');
  setStoreApi(api);
  documentActions.open(documentState(sampleDoc({ video: [still('s1', 3000)] })));
  bindProject('p1');
  api.handle('jobs.review', ({ jobId, review }) => ({ ...(useAppStore.getState().jobs[jobId] ?? job(jobId)), review }));
});
afterEach(() => setStoreApi(null));

describe('approveJob', () => {
  it('replaces the still of the source image with the clip (one undo step) and records the approval', async () => {
    const done = job('j1', { state: 'succeeded', sourceAssetId: ASSET_A, outputAssetId: OUT1 });
    useAppStore.setState({ jobs: { j1: done }, assets: [clipAsset(OUT1, 2500)] });
    expect(await approveJob(done)).toBe(true);
    expect(video()).toEqual([['clip', '1']]);
    expect(useAppStore.getState().doc?.tracks.video[0]).toMatchObject({ inMs: 0, outMs: 2500 });
    expect(api.callsOf('jobs.review')).toEqual([{ jobId: 'j1', review: 'approved' }]);
    expect(useAppStore.getState().jobs.j1?.review).toBe('approved');
    documentActions.undo();
    expect(video()).toEqual([['still', 'a']]);
  });

  it('refreshes the media list once for a clip it does not know yet', async () => {
    api.handle('media.listForProject', () => [clipAsset(OUT1, 2000)]);
    expect(await approveJob(job('j1', { state: 'succeeded', sourceAssetId: OTHER, outputAssetId: OUT1 }))).toBe(true);
    expect(api.callsOf('media.listForProject')).toEqual([{ projectId: 'p1' }]);
    expect(video()).toEqual([['still', 'a'], ['clip', '1']]);
  });

  it('does not approve a clip without a known length, and says why', async () => {
    useAppStore.setState({ assets: [clipAsset(OUT1, null)] });
    expect(await approveJob(job('j1', { state: 'succeeded', outputAssetId: OUT1 }))).toBe(false);
    expect(api.callsOf('jobs.review')).toEqual([]);
    expect(toasts()).toEqual(['error: The generated clip has no known length, so it cannot be placed on the timeline.']);
  });

  it('only records the verdict for a clip already placed (a review that failed before)', async () => {
    useAppStore.setState({ assets: [clipAsset(OUT1, 2500)] });
    const done = job('j1', { state: 'succeeded', sourceAssetId: ASSET_A, outputAssetId: OUT1 });
    api.handle('jobs.review', () => {
      throw apiError('jobs.review', { code: 'IO_ERROR', message: 'disk full' });
    });
    expect(await approveJob(done)).toBe(false);
    api.handle('jobs.review', ({ review }) => ({ ...done, review }));
    expect(await approveJob(done)).toBe(true);
    expect(video()).toEqual([['clip', '1']]);
    expect(toasts()).toEqual(['error: Saving the review failed: disk full']);
  });
});

describe('approveAll', () => {
  it('places each image’s newest pending clip in scene order and skips the rest', async () => {
    useAppStore.setState({
      assets: [clipAsset(OUT1, 2000), clipAsset(OUT2, 3000)],
      jobs: {
        j1: job('j1', { state: 'succeeded', sourceAssetId: ASSET_A, outputAssetId: OUT1 }),
        j2: job('j2', { state: 'succeeded', sourceAssetId: OTHER, outputAssetId: OUT2 }),
        j3: job('j3', { state: 'running', sourceAssetId: OTHER }),
        j4: job('j4', { state: 'succeeded', sourceAssetId: OTHER, outputAssetId: OUT1, review: 'rejected' }),
      },
    });
    expect(await approveAll()).toBe(2);
    expect(video()).toEqual([['clip', '1'], ['clip', '2']]);
    expect(api.callsOf('jobs.review').map((c) => c.jobId)).toEqual(['j1', 'j2']);
    expect(toasts()).toEqual(['success: 2 clips placed on the timeline.']);
  });
});

describe('reject and cancel', () => {
  it('records a rejection and takes main’s answer for a cancel', async () => {
    useAppStore.setState({ jobs: { j1: job('j1', { state: 'succeeded', outputAssetId: OUT1 }), j2: job('j2', { state: 'running' }) } });
    api.handle('jobs.cancel', ({ jobId }) => job(jobId, { state: 'cancelled' }));
    await rejectJob('j1');
    await cancelJob('j2');
    expect([useAppStore.getState().jobs.j1?.review, useAppStore.getState().jobs.j2?.state]).toEqual(['rejected', 'cancelled']);
  });

  it('tells the person when a cancel fails', async () => {
    api.handle('jobs.cancel', () => {
      throw apiError('jobs.cancel', { code: 'NOT_FOUND', message: 'job j9 does not exist' });
    });
    await cancelJob('j9');
    expect(toasts()).toEqual(['error: Cancelling the job failed: job j9 does not exist']);
  });
});
