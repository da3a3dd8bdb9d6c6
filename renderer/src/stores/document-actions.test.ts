import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore, resetStore } from './app-store';
import { documentActions } from './document-actions';
import { HISTORY_LIMIT } from './history/history-entry';
import { playhead } from './playhead';
import { card, documentState, sampleDoc } from './test-support/sample-doc';

const video = (): string[] => useAppStore.getState().doc?.tracks.video.map((v) => v.id) ?? [];
const name = (): string | undefined => useAppStore.getState().doc?.settings.name;

beforeEach(() => {
  resetStore();
  documentActions.open(documentState(sampleDoc({ video: [card('a', 1000), card('b', 1000)] })));
});

describe('documentActions', () => {
  it('applies several edits and undoes and redoes them in order', () => {
    expect(documentActions.apply('Rename', [{ op: 'replace', path: '/settings/name', value: 'Cup ad' }])).toEqual({ ok: true });
    expect(documentActions.apply('Add card', [{ op: 'add', path: '/tracks/video/-', value: card('c', 500) }])).toEqual({ ok: true });
    expect(documentActions.apply('Move clip', [{ op: 'move', from: '/tracks/video/2', path: '/tracks/video/0' }])).toEqual({ ok: true });
    expect(video()).toEqual(['c', 'a', 'b']);
    expect(useAppStore.getState().past.map((e) => e.label)).toEqual(['Rename', 'Add card', 'Move clip']);

    documentActions.undo();
    expect(video()).toEqual(['a', 'b', 'c']);
    documentActions.undo();
    expect(video()).toEqual(['a', 'b']);
    documentActions.undo();
    expect(name()).toBe('Mug ad');
    expect(documentActions.undo()).toEqual({ ok: false, reason: 'nothing to undo' });

    documentActions.redo();
    documentActions.redo();
    expect(name()).toBe('Cup ad');
    expect(video()).toEqual(['a', 'b', 'c']);
    expect(useAppStore.getState().future.map((e) => e.label)).toEqual(['Move clip']);
  });

  it('fills schema defaults into added items, and undo removes them again', () => {
    documentActions.apply('Add card', [{ op: 'add', path: '/tracks/video/-', value: { id: 'c', type: 'card', durationMs: 700 } }]);
    expect(useAppStore.getState().doc?.tracks.video[2]).toMatchObject({ id: 'c', transitionIn: { kind: 'cut', durationMs: 0 }, role: 'card', title: '' });
    documentActions.undo();
    expect(useAppStore.getState().doc).toEqual(sampleDoc({ video: [card('a', 1000), card('b', 1000)] }));
  });

  it('a new edit after undo drops the redo stack', () => {
    documentActions.apply('Rename', [{ op: 'replace', path: '/settings/name', value: 'One' }]);
    documentActions.undo();
    documentActions.apply('Rename', [{ op: 'replace', path: '/settings/name', value: 'Two' }]);
    expect(useAppStore.getState().future).toEqual([]);
    expect(documentActions.redo()).toEqual({ ok: false, reason: 'nothing to redo' });
  });

  it('refuses an edit that fails to apply or breaks the schema, leaving everything as it was', () => {
    const before = useAppStore.getState();
    expect(documentActions.apply('Delete', [{ op: 'remove', path: '/tracks/video/9' }])).toEqual({
      ok: false,
      reason: 'Delete: op 0 failed (index "9" is outside the list (length 2))',
    });
    expect(documentActions.apply('Rename', [{ op: 'replace', path: '/settings/name', value: '' }])).toEqual({ ok: false, reason: 'Rename: settings.name a project needs a name' });
    expect(documentActions.apply('Duplicate', [{ op: 'add', path: '/tracks/video/-', value: card('a', 100) }])).toEqual({ ok: false, reason: 'Duplicate: tracks.video.2.id duplicate id "a"' });
    const after = useAppStore.getState();
    expect([after.doc, after.past, after.unsaved, after.changeCount]).toEqual([before.doc, before.past, before.unsaved, before.changeCount]);
  });

  it('merges edits with the same mergeKey into one undo step', () => {
    for (const value of ['M', 'Mu', 'Mug']) documentActions.apply('Rename', [{ op: 'replace', path: '/settings/name', value }], { mergeKey: 'name' });
    documentActions.apply('Other', [{ op: 'replace', path: '/settings/fps', value: 25 }]);
    expect(useAppStore.getState().past.map((e) => e.label)).toEqual(['Rename', 'Other']);
    documentActions.undo();
    documentActions.undo();
    expect(name()).toBe('Mug ad');
    documentActions.redo();
    expect(name()).toBe('Mug');
  });

  it('starts a new step for the same mergeKey once the gesture has ended', () => {
    documentActions.apply('Rename', [{ op: 'replace', path: '/settings/name', value: 'Mug 1' }], { mergeKey: 'name' });
    documentActions.endMerge();
    documentActions.apply('Rename', [{ op: 'replace', path: '/settings/name', value: 'Mug 2' }], { mergeKey: 'name' });
    expect(useAppStore.getState().past).toHaveLength(2);
    documentActions.undo();
    expect(name()).toBe('Mug 1');
    documentActions.undo();
    expect(name()).toBe('Mug ad');
  });

  it('records every applied op (edits, undos, redos) in order for autosave', () => {
    documentActions.apply('Rename', [{ op: 'replace', path: '/settings/name', value: 'X' }]);
    documentActions.undo();
    documentActions.redo();
    expect(useAppStore.getState().unsaved).toEqual([
      { op: 'replace', path: '/settings/name', value: 'X' },
      { op: 'replace', path: '/settings/name', value: 'Mug ad' },
      { op: 'replace', path: '/settings/name', value: 'X' },
    ]);
    expect(useAppStore.getState().changeCount).toBe(3);
    expect(useAppStore.getState().saveStatus).toBe('dirty');
  });

  it('keeps selection and the playhead out of history', () => {
    useAppStore.getState().select(['a']);
    playhead.set(1500);
    useAppStore.getState().setPlaying(true);
    useAppStore.getState().zoomIn();
    expect(useAppStore.getState().past).toEqual([]);
    expect(useAppStore.getState().unsaved).toEqual([]);
    documentActions.apply('Rename', [{ op: 'replace', path: '/settings/name', value: 'X' }]);
    useAppStore.getState().select(['b']);
    playhead.set(200);
    documentActions.undo();
    // Undo reverts the document only: the later selection and playhead stay.
    expect(useAppStore.getState().selectedIds).toEqual(['b']);
    expect(playhead.get()).toBe(200);
  });

  it('drops selected ids of items an edit removed', () => {
    useAppStore.getState().select(['a', 'b']);
    documentActions.apply('Delete', [{ op: 'remove', path: '/tracks/video/0' }]);
    expect(useAppStore.getState().selectedIds).toEqual(['b']);
  });

  it(`remembers at most ${HISTORY_LIMIT} steps`, () => {
    for (let i = 0; i < HISTORY_LIMIT + 5; i += 1) documentActions.apply(`Step ${i}`, [{ op: 'replace', path: '/settings/name', value: `N${i}` }]);
    const { past } = useAppStore.getState();
    expect(past).toHaveLength(HISTORY_LIMIT);
    expect(past[0]?.label).toBe('Step 5');
  });

  it('refuses edits when no project is open', () => {
    documentActions.close();
    expect(documentActions.apply('Rename', [{ op: 'replace', path: '/settings/name', value: 'X' }])).toEqual({ ok: false, reason: 'no project is open' });
  });
});
