import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportRecordDto } from '../../../../preload/contract/dto/export-history-dto';
import { resetStore, setStoreApi, useAppStore } from '../../stores';
import { FakeApi, apiError } from '../../stores/test-support/fake-api';
import { loadExportHistory, newestFirst, revealExport } from './export-history';
import { resetExportStore, useExportStore } from './export-store';

const record = (id: string, createdAt: string): ExportRecordDto => ({ id, projectId: 'p1', path: `/x/${id}.mp4`, preset: '1080p', aspect: '16:9', durationMs: 1000, byteSize: 10, createdAt, exists: true });
let api: FakeApi;

beforeEach(() => {
  resetStore();
  resetExportStore();
  api = new FakeApi('electron');
  setStoreApi(api);
});
afterEach(() => setStoreApi(null));

describe('export history', () => {
  it('sorts newest first and keeps main’s order for the same moment', () => {
    const a = record('a', '2026-03-01T10:00:00.000Z');
    const b = record('b', '2026-03-02T10:00:00.000Z');
    const c = record('c', '2026-03-01T10:00:00.000Z');
    expect(newestFirst([a, b, c]).map((r) => r.id)).toEqual(['b', 'a', 'c']);
  });

  it('loads the project’s exports into the store', async () => {
    api.handle('exports.list', () => [record('a', '2026-03-01T10:00:00.000Z'), record('b', '2026-03-05T10:00:00.000Z')]);
    await loadExportHistory('p1');
    expect(useExportStore.getState().history).toMatchObject({ projectId: 'p1', status: 'ready', error: null });
    expect(useExportStore.getState().history.records.map((r) => r.id)).toEqual(['b', 'a']);
  });

  it('shows why the history is missing and keeps what was listed before', async () => {
    api.handle('exports.list', () => [record('a', '2026-03-01T10:00:00.000Z')]);
    await loadExportHistory('p1');
    api.handle('exports.list', () => {
      throw apiError('exports.list', { code: 'INTERNAL', message: 'exports.list is not implemented yet' });
    });
    await loadExportHistory('p1');
    expect(useExportStore.getState().history).toMatchObject({ status: 'error', error: 'exports.list is not implemented yet' });
    expect(useExportStore.getState().history.records.map((r) => r.id)).toEqual(['a']);
  });

  it('shows an export in the file manager by id, and says when it cannot', async () => {
    api.handle('app.reveal', () => null);
    await revealExport('p1', 'e1');
    expect(api.callsOf('app.reveal')).toEqual([{ target: { kind: 'export', projectId: 'p1', exportId: 'e1' } }]);
    api.handle('app.reveal', () => {
      throw apiError('app.reveal', { code: 'NOT_FOUND', message: 'export e2 of project p1 is not recorded' });
    });
    await revealExport('p1', 'e2');
    expect(useAppStore.getState().toasts.map((t) => t.message)).toEqual(['The file could not be shown: export e2 of project p1 is not recorded']);
  });
});
