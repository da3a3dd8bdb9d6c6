import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CommandInput, CommandOutput } from '../../../preload/contract/api';
import { setStoreApi } from './api-port';
import { useAppStore, resetStore } from './app-store';
import { startAutosave, type Autosave } from './autosave';
import { documentActions } from './document-actions';
import { FakeApi, apiError } from './test-support/fake-api';
import { REV1, REV2, REV3, card, documentState, sampleDoc } from './test-support/sample-doc';

let api: FakeApi;
let autosave: Autosave;

const rename = (value: string): void => void documentActions.apply('Rename', [{ op: 'replace', path: '/settings/name', value }]);

/** Main's answer to a patch: the same document state with a new revision. */
function saved(revision: string): (input: CommandInput<'document.patch'>) => CommandOutput<'document.patch'> {
  return () => ({ ...documentState(useAppStore.getState().doc ?? sampleDoc(), revision), inverse: [] });
}

beforeEach(() => {
  vi.useFakeTimers();
  resetStore();
  api = new FakeApi();
  setStoreApi(api);
  documentActions.open(documentState(sampleDoc({ video: [card('a', 1000)] })));
  autosave = startAutosave({ delayMs: 800, retryMs: 5000 });
});

afterEach(() => {
  autosave.stop();
  setStoreApi(null);
  vi.useRealTimers();
});

describe('autosave', () => {
  it('waits for 800 ms of quiet, then sends every op since the stored revision in one patch', async () => {
    api.handle('document.patch', saved(REV2));
    rename('A');
    await vi.advanceTimersByTimeAsync(500);
    rename('B');
    await vi.advanceTimersByTimeAsync(799);
    expect(api.callsOf('document.patch')).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(api.callsOf('document.patch')).toEqual([
      {
        projectId: 'p1',
        baseRevision: REV1,
        ops: [
          { op: 'replace', path: '/settings/name', value: 'A' },
          { op: 'replace', path: '/settings/name', value: 'B' },
        ],
      },
    ]);
    expect(useAppStore.getState()).toMatchObject({ revision: REV2, unsaved: [], saveStatus: 'saved', saveError: null });
  });

  it('saves nothing for selection, playback or zoom changes', async () => {
    useAppStore.getState().select(['a']);
    useAppStore.getState().setPlaying(true);
    useAppStore.getState().zoomIn();
    await vi.advanceTimersByTimeAsync(5000);
    expect(api.calls).toEqual([]);
  });

  it('keeps edits made during a save for the next save, against the new revision', async () => {
    let release: () => void = () => undefined;
    api.handle('document.patch', (input) => {
      const answer = saved(input.baseRevision === REV1 ? REV2 : REV3)(input);
      return input.baseRevision === REV1 ? new Promise((resolve) => (release = () => resolve(answer))) : answer;
    });
    rename('A');
    await vi.advanceTimersByTimeAsync(800);
    expect(useAppStore.getState().saveStatus).toBe('saving');
    rename('B');
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(useAppStore.getState()).toMatchObject({ revision: REV2, saveStatus: 'dirty', unsaved: [{ op: 'replace', path: '/settings/name', value: 'B' }] });
    await vi.advanceTimersByTimeAsync(800);
    expect(api.callsOf('document.patch').map((c) => [c.baseRevision, c.ops.length])).toEqual([
      [REV1, 1],
      [REV2, 1],
    ]);
    expect(useAppStore.getState()).toMatchObject({ revision: REV3, saveStatus: 'saved', unsaved: [] });
  });

  it('keeps the document and its unsaved ops when a save fails, says so once, and retries', async () => {
    let fail = true;
    api.handle('document.patch', (input) => {
      if (fail) throw apiError('document.patch', { code: 'IO_ERROR', message: 'the disk is full' });
      return saved(REV2)(input);
    });
    rename('Kept');
    await vi.advanceTimersByTimeAsync(800);
    const state = useAppStore.getState();
    expect(state.doc?.settings.name).toBe('Kept');
    expect(state.unsaved).toHaveLength(1);
    expect(state.saveStatus).toBe('error');
    expect(state.saveError).toBe('Saving failed: the disk is full. Your edits are kept here and Adloom will try again.');
    await vi.advanceTimersByTimeAsync(5000);
    expect(api.callsOf('document.patch')).toHaveLength(2);
    expect(useAppStore.getState().toasts.map((t) => t.tone)).toEqual(['error']);
    fail = false;
    await vi.advanceTimersByTimeAsync(5000);
    expect(useAppStore.getState()).toMatchObject({ saveStatus: 'saved', unsaved: [], revision: REV2 });
  });

  it('does not retry a document main calls invalid, but keeps it in memory', async () => {
    api.handle('document.patch', () => {
      throw apiError('document.patch', { code: 'BAD_INPUT', message: 'tracks.video.0 is wrong' });
    });
    rename('X');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(api.callsOf('document.patch')).toHaveLength(1);
    expect(useAppStore.getState()).toMatchObject({ saveStatus: 'error', unsaved: [{ op: 'replace', path: '/settings/name', value: 'X' }] });
  });

  it('on CONFLICT loads the stored document, starts history afresh and tells the person', async () => {
    const theirs = sampleDoc({ video: [card('a', 1000), card('z', 400)] });
    api.handle('document.patch', () => {
      throw apiError('document.patch', { code: 'CONFLICT', message: 'project p1 changed since revision' });
    });
    api.handle('document.load', () => documentState(theirs, REV3));
    rename('Mine');
    await vi.advanceTimersByTimeAsync(800);
    const state = useAppStore.getState();
    expect(state.doc).toEqual(theirs);
    expect(state).toMatchObject({ revision: REV3, unsaved: [], past: [], future: [], saveStatus: 'saved' });
    expect(state.toasts[0]?.message).toMatch(/changed somewhere else/);
  });

  it('flush saves at once without waiting for the quiet time', async () => {
    api.handle('document.patch', saved(REV2));
    rename('Now');
    await autosave.flush();
    expect(api.callsOf('document.patch')).toHaveLength(1);
    expect(useAppStore.getState().saveStatus).toBe('saved');
    await vi.advanceTimersByTimeAsync(2000);
    expect(api.callsOf('document.patch')).toHaveLength(1);
  });

  it('flushes when the page is hidden or unloads', async () => {
    autosave.stop();
    const handlers = new Map<string, () => void>();
    const page = { document: { visibilityState: 'hidden' as DocumentVisibilityState }, addEventListener: (type: string, fn: () => void) => handlers.set(type, fn), removeEventListener: () => undefined };
    autosave = startAutosave({ page: page as never });
    api.handle('document.patch', saved(REV2));
    rename('Hidden');
    handlers.get('visibilitychange')?.();
    // The call leaves synchronously, before any timer could run.
    expect(api.callsOf('document.patch')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(0);
    rename('Unload');
    handlers.get('beforeunload')?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(api.callsOf('document.patch')).toHaveLength(2);
  });

  it('uses document.save with the whole document when too many ops piled up', async () => {
    api.handle('document.save', () => ({ ...documentState(useAppStore.getState().doc ?? sampleDoc(), REV2), inverse: [] }));
    for (let i = 0; i < 501; i += 1) {
      rename(`N${i}`);
      documentActions.undo();
    }
    expect(useAppStore.getState().unsaved.length).toBe(1002);
    await vi.advanceTimersByTimeAsync(800);
    expect(api.callsOf('document.save')).toEqual([{ projectId: 'p1', baseRevision: REV1, document: useAppStore.getState().doc }]);
    expect(api.callsOf('document.patch')).toEqual([]);
  });
});
