import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AssetDto, ProjectAssetDto } from '../../../../preload/contract/dto/asset-dto';
import { documentActions, resetStore, setStoreApi, useAppStore } from '../../stores';
import { FakeApi, apiError } from '../../stores/test-support/fake-api';
import { documentState, sampleDoc } from '../../stores/test-support/sample-doc';
import { importMedia } from './import-media';

const asset = (n: number, name: string): AssetDto => ({
  id: String(n).repeat(64),
  kind: 'image',
  ext: 'jpg',
  originalName: name,
  byteSize: 10,
  width: 32,
  height: 24,
  durationMs: null,
  fps: null,
  hasAudio: false,
  hasAlpha: false,
  rotation: 0,
  codec: 'mjpeg',
  hasThumbnail: true,
  provenance: null,
  createdAt: 't',
});
const file = (name: string): { file: File } => ({ file: new File(['x'], name, { type: 'image/jpeg' }) });
const statuses = (): [string, string, string | null][] => useAppStore.getState().importFiles.map((f) => [f.name, f.status, f.error?.message ?? null]);

let api: FakeApi;

beforeEach(() => {
  resetStore();
  api = new FakeApi('browser');
  setStoreApi(api);
  documentActions.open(documentState(sampleDoc()));
});
afterEach(() => setStoreApi(null));

describe('importMedia (browser mode)', () => {
  it('uploads each file, imports the batch, and tracks every file to imported or failed', async () => {
    const seen: string[][] = [];
    api.uploadHandler = async (f) => {
      if (f.name === 'huge.jpg') throw apiError('upload', { code: 'BAD_INPUT', message: 'uploading huge.jpg failed: the file is larger than the upload limit' });
      return { uploadId: (api.uploads.length.toString(16) + '0'.repeat(32)).slice(0, 32), name: f.name, byteSize: 1 };
    };
    api.handle('media.import', (input) => {
      // Main reports the file it works on; the UI marks that one as importing.
      api.emit('import.progress', { importId: input.importId ?? null, projectId: 'p1', total: 3, done: 0, failed: 0, current: 'a.jpg' });
      seen.push(statuses().map(([name, status]) => `${name}:${status}`));
      return {
        imported: [
          { index: 0, name: 'a.jpg', asset: asset(1, 'a.jpg'), deduplicated: false },
          { index: 2, name: 'c.jpg', asset: asset(3, 'c.jpg'), deduplicated: false },
        ],
        failed: [{ index: 1, name: 'bad.jpg', code: 'MEDIA_INVALID', message: 'bad.jpg: is not a media file' }],
      };
    });
    const listed = [asset(1, 'a.jpg'), asset(3, 'c.jpg')].map((a) => ({ ...a, viewType: null, addedAt: 't' }) as ProjectAssetDto);
    api.handle('media.listForProject', () => listed);

    await importMedia([file('a.jpg'), file('bad.jpg'), file('huge.jpg'), file('c.jpg')]);

    expect(api.uploads).toEqual(['a.jpg', 'bad.jpg', 'huge.jpg', 'c.jpg']);
    const [call] = api.callsOf('media.import');
    expect(call?.projectId).toBe('p1');
    expect(call?.sources).toHaveLength(3);
    expect(seen).toEqual([['a.jpg:importing', 'bad.jpg:queued', 'huge.jpg:failed', 'c.jpg:queued']]);
    expect(statuses()).toEqual([
      ['a.jpg', 'done', null],
      ['bad.jpg', 'failed', 'bad.jpg: is not a media file'],
      ['huge.jpg', 'failed', 'uploading huge.jpg failed: the file is larger than the upload limit'],
      ['c.jpg', 'done', null],
    ]);
    expect(useAppStore.getState().assets).toEqual(listed);
    expect(api.listenerCount('import.progress')).toBe(0);
  });

  it('marks every file of the batch failed, with the reason, when the import call itself fails', async () => {
    api.handle('media.import', () => {
      throw apiError('media.import', { code: 'IO_ERROR', message: 'the connection to Adloom was lost' });
    });
    api.handle('media.listForProject', () => []);
    await importMedia([file('a.jpg'), file('b.jpg')]);
    expect(statuses()).toEqual([
      ['a.jpg', 'failed', 'the connection to Adloom was lost'],
      ['b.jpg', 'failed', 'the connection to Adloom was lost'],
    ]);
  });

  it('imports nothing when no project is open', async () => {
    documentActions.close();
    await importMedia([file('a.jpg')]);
    expect(api.calls).toEqual([]);
    expect(api.uploads).toEqual([]);
  });
});

describe('importMedia (Electron)', () => {
  it('imports dialog paths directly, and refuses dropped files without a path (no preload helper)', async () => {
    api = new FakeApi('electron');
    setStoreApi(api);
    api.handle('media.import', () => ({ imported: [{ index: 0, name: 'a.jpg', asset: asset(1, 'a.jpg'), deduplicated: true }], failed: [] }));
    api.handle('media.listForProject', () => []);
    (globalThis as { window?: unknown }).window = {};
    try {
      await importMedia([{ path: '/photos/a.jpg', name: 'a.jpg' }, file('dropped.jpg')]);
    } finally {
      delete (globalThis as { window?: unknown }).window;
    }
    expect(api.callsOf('media.import')[0]?.sources).toEqual([{ path: '/photos/a.jpg' }]);
    expect(api.uploads).toEqual([]);
    expect(statuses()).toEqual([
      ['a.jpg', 'done', null],
      ['dropped.jpg', 'failed', 'dropped.jpg has no path on this computer; use "Import media" to choose it'],
    ]);
  });
});
