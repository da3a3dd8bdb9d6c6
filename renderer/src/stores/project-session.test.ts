import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setStoreApi } from './api-port';
import { useAppStore, resetStore } from './app-store';
import { documentActions } from './document-actions';
import { loadProject } from './project-session';
import { FakeApi, apiError } from './test-support/fake-api';
import { REV2, card, documentState, sampleDoc } from './test-support/sample-doc';

let api: FakeApi;

beforeEach(() => {
  resetStore();
  api = new FakeApi();
  setStoreApi(api);
});
afterEach(() => setStoreApi(null));

describe('loadProject', () => {
  it('keeps the open project in place until the next one has loaded', async () => {
    documentActions.open(documentState(sampleDoc({ video: [card('a', 1000)] }), undefined, 'p1'));
    let seenDuringLoad: [string | null, string | null] = [null, null];
    api.handle('document.load', ({ projectId }) => {
      const s = useAppStore.getState();
      seenDuringLoad = [s.projectId, s.loadingProjectId];
      return documentState(sampleDoc({ video: [card('b', 500)] }), REV2, projectId);
    });
    api.handle('media.listForProject', () => []);
    expect(await loadProject('p2')).toBe(true);
    expect(seenDuringLoad).toEqual(['p1', 'p2']);
    expect(useAppStore.getState()).toMatchObject({ projectId: 'p2', revision: REV2, loadStatus: 'ready', loadingProjectId: null, past: [] });
    expect(useAppStore.getState().doc?.tracks.video.map((v) => v.id)).toEqual(['b']);
  });

  it('reports a project that cannot be opened', async () => {
    api.handle('document.load', () => {
      throw apiError('document.load', { code: 'NOT_FOUND', message: 'project p9 does not exist' });
    });
    api.handle('media.listForProject', () => []);
    expect(await loadProject('p9')).toBe(false);
    expect(useAppStore.getState()).toMatchObject({ loadStatus: 'error', loadError: 'project p9 does not exist', projectId: null, doc: null });
  });
});
