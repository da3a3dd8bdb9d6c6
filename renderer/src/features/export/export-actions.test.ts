import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RenderOutputDto } from '../../../../preload/contract/dto/render-dto';
import { documentActions, resetStore, setStoreApi, useAppStore } from '../../stores';
import { FakeApi, apiError } from '../../stores/test-support/fake-api';
import { documentState, sampleDoc } from '../../stores/test-support/sample-doc';
import { cancelExport, chooseOutputPath, isFileConflict, startExport } from './export-actions';
import { setExportEffects, type ExportEffects } from './export-effects';
import { resetExportStore, useExportStore } from './export-store';
import { defaultExportForm } from './export-variants';

let api: FakeApi;
let effects: string[];

const recorder: ExportEffects = {
  askNotifyPermission: () => void effects.push('ask'),
  notify: (title, body) => void effects.push(`notify ${title}: ${body}`),
  download: (url, name) => void effects.push(`download ${url} as ${name}`),
};
const output = (id: string, over: Partial<RenderOutputDto> = {}): RenderOutputDto => ({ id, aspect: '9:16', width: 1080, height: 1920, durationMs: 2000, byteSize: 2048, path: `/data/exports/${id}.mp4`, warnings: [], ...over });
const progress = (fraction: number, etaMs: number | null, renderId = 'r1') => ({ renderId, projectId: 'p1', kind: 'export' as const, state: 'running' as const, fraction, etaMs });
const run = () => useExportStore.getState().run;
const toasts = () => useAppStore.getState().toasts.map((t) => `${t.tone}: ${t.message}`);
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup(mode: 'electron' | 'browser'): void {
  api = new FakeApi(mode);
  setStoreApi(api);
  documentActions.open(documentState(sampleDoc(), undefined, 'p1'));
  useExportStore.getState().setForm(defaultExportForm({ projectId: 'p1', aspect: '9:16', resolution: '1080p' }));
  api.handle('exports.list', () => []);
}

beforeEach(() => {
  resetStore();
  resetExportStore();
  effects = [];
  setExportEffects(recorder);
});
afterEach(() => {
  setStoreApi(null);
  setExportEffects(null);
});

describe('startExport in browser mode', () => {
  beforeEach(() => setup('browser'));

  it('asks for notifications first, renders, follows progress and downloads the file', async () => {
    api.handle('render.start', () => {
      effects.push('render.start');
      return { renderId: 'r1' };
    });
    await startExport();
    expect(api.callsOf('render.start')).toEqual([{ projectId: 'p1', preset: 'final', overwrite: false, variants: [{ aspect: '9:16', resolution: '1080p' }] }]);
    expect(effects).toEqual(['ask', 'render.start']);
    api.emit('render.progress', progress(0.5, 4200));
    expect(run()).toMatchObject({ status: 'running', renderId: 'r1', fraction: 0.5, etaMs: 4200 });
    api.emit('render.finished', { renderId: 'r1', projectId: 'p1', kind: 'export', state: 'succeeded', outputs: [output('e1')] });
    expect(run().status).toBe('succeeded');
    expect(effects.slice(2)).toEqual(['notify Export finished: Mug ad: e1.mp4 (2.0 KB)', 'download /exports/e1 as e1.mp4']);
    expect(toasts()).toEqual(['success: Export finished: e1.mp4 (2.0 KB).']);
    expect(api.listenerCount('render.progress') + api.listenerCount('render.finished')).toBe(0);
    await flush();
    expect(api.callsOf('exports.list')).toEqual([{ projectId: 'p1' }]);
  });

  it('finishes a render whose events arrive before render.start answers', async () => {
    api.handle('render.start', () => {
      api.emit('render.progress', progress(1, 0));
      api.emit('render.finished', { renderId: 'r1', projectId: 'p1', kind: 'export', state: 'succeeded', outputs: [output('e1')] });
      return { renderId: 'r1' };
    });
    await startExport();
    expect(run()).toMatchObject({ status: 'succeeded', fraction: 1 });
    expect(effects).toContain('download /exports/e1 as e1.mp4');
  });

  it('reports a failed render with its reason and keeps the form', async () => {
    useExportStore.getState().updateForm({ aspects: ['16:9', '9:16'], preset: 'draft' });
    api.handle('render.start', () => ({ renderId: 'r1' }));
    await startExport();
    expect(api.callsOf('render.start')[0]?.variants).toEqual([
      { aspect: '16:9', resolution: '1080p' },
      { aspect: '9:16', resolution: '1080p' },
    ]);
    expect(run().variants.map((v) => `${v.aspect} ${v.width}x${v.height}`)).toEqual(['16:9 640x360', '9:16 360x640']);
    const error = { code: 'FFMPEG_FAILED' as const, message: 'ffmpeg failed on clip 2: invalid data' };
    api.emit('render.finished', { renderId: 'r1', projectId: 'p1', kind: 'export', state: 'failed', outputs: [output('e1', { aspect: '16:9' })], error });
    expect(run()).toMatchObject({ status: 'failed', errorStage: 'render', error });
    expect(toasts()).toEqual(['error: Export failed: ffmpeg failed on clip 2: invalid data']);
    expect(effects).toEqual(['ask', 'notify Export failed: Mug ad: ffmpeg failed on clip 2: invalid data']);
    expect(useExportStore.getState().form).toMatchObject({ aspects: ['16:9', '9:16'], preset: 'draft' });
  });

  it('refuses to export while the latest changes are not saved', async () => {
    useAppStore.setState({ saveStatus: 'error', saveError: 'disk full' });
    await startExport();
    expect(api.callsOf('render.start')).toEqual([]);
    expect(run()).toMatchObject({ status: 'failed', errorStage: 'start', error: { code: 'IO_ERROR' } });
    expect(run().error?.message).toContain('disk full');
  });

  it('cancels through main and reports the cancel when main confirms it', async () => {
    api.handle('render.start', () => ({ renderId: 'r1' }));
    api.handle('render.cancel', () => null);
    await startExport();
    const cancelling = cancelExport();
    expect(run().cancelling).toBe(true);
    await cancelling;
    expect(api.callsOf('render.cancel')).toEqual([{ renderId: 'r1' }]);
    api.emit('render.finished', { renderId: 'r1', projectId: 'p1', kind: 'export', state: 'cancelled', outputs: [], error: { code: 'CANCELLED', message: 'The export was cancelled.' } });
    expect(run()).toMatchObject({ status: 'cancelled', cancelling: false });
    expect(toasts()).toEqual(['info: Export cancelled.']);
  });

  it('says when a cancel could not be sent', async () => {
    api.handle('render.start', () => ({ renderId: 'r1' }));
    api.handle('render.cancel', () => {
      throw apiError('render.cancel', { code: 'NOT_FOUND', message: 'render r1 is not running in this app' });
    });
    await startExport();
    await cancelExport();
    expect(run()).toMatchObject({ status: 'running', cancelling: false });
    expect(toasts()).toEqual(['error: The export could not be cancelled: render r1 is not running in this app']);
  });

  it('does not start a second export while one runs', async () => {
    api.handle('render.start', () => ({ renderId: 'r1' }));
    await startExport();
    await startExport();
    expect(api.callsOf('render.start')).toHaveLength(1);
  });
});

describe('startExport in Electron', () => {
  beforeEach(() => setup('electron'));

  it('writes where the save dialog said, offers to overwrite on CONFLICT, and does not download', async () => {
    api.handle('app.saveDialog', () => ({ path: '/home/me/Mug ad.mp4' }));
    await chooseOutputPath();
    expect(api.callsOf('app.saveDialog')).toEqual([{ purpose: 'video', defaultName: 'Mug ad.mp4' }]);
    api.handle('render.start', ({ overwrite }) => {
      if (overwrite !== true) throw apiError('render.start', { code: 'CONFLICT', message: '/home/me/Mug ad.mp4 already exists', details: { target: '/home/me/Mug ad.mp4' } });
      return { renderId: 'r1' };
    });
    await startExport();
    expect(run()).toMatchObject({ status: 'failed', errorStage: 'start' });
    expect(isFileConflict(run())).toBe(true);
    expect(api.listenerCount('render.finished')).toBe(0);

    await startExport({ overwrite: true });
    expect(api.callsOf('render.start').map((i) => [i.outputPath, i.overwrite])).toEqual([
      ['/home/me/Mug ad.mp4', false],
      ['/home/me/Mug ad.mp4', true],
    ]);
    expect(useExportStore.getState().form?.overwrite).toBe(true);
    api.emit('render.finished', { renderId: 'r1', projectId: 'p1', kind: 'export', state: 'succeeded', outputs: [output('e1', { path: '/home/me/Mug ad.mp4' })] });
    expect(effects.filter((e) => e.startsWith('download'))).toEqual([]);
    expect(effects).toContain('notify Export finished: Mug ad: Mug ad.mp4 (2.0 KB)');
  });

  it('does not offer to overwrite when another export is running', async () => {
    api.handle('render.start', () => {
      throw apiError('render.start', { code: 'CONFLICT', message: 'render r0 is still running', details: { renderId: 'r0', projectId: 'p1' } });
    });
    await startExport();
    expect(isFileConflict(run())).toBe(false);
    expect(run().error?.message).toBe('render r0 is still running');
  });
});
