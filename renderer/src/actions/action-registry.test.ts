import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentActions, playhead, resetStore, useAppStore } from '../stores';
import { card, documentState, sampleDoc } from '../stores/test-support/sample-doc';
import { createActionRegistry } from './action-registry';
import { editorActions, registerEditorActions, type ShellCommands } from './editor-actions';
import { installKeyboardShortcuts } from './keyboard';
import type { KeyPress } from './key-match';

const key = (k: string, mods: Partial<Omit<KeyPress, 'key'>> & { repeat?: boolean } = {}): KeyPress & { repeat?: boolean } => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('createActionRegistry', () => {
  it('finds the enabled action for a key and runs it by id', () => {
    const registry = createActionRegistry();
    const ran: string[] = [];
    let enabled = false;
    registry.register({ id: 'a', label: 'A', keys: ['S'], enabled: () => enabled, perform: () => void ran.push('a') });
    expect(registry.forKey(key('s'), { isMac: false, inInput: false })).toBe(undefined);
    expect(registry.run('a')).toBe(false);
    enabled = true;
    expect(registry.forKey(key('s'), { isMac: false, inInput: false })?.id).toBe('a');
    expect(registry.run('a')).toBe(true);
    expect(registry.run('missing')).toBe(false);
    expect(ran).toEqual(['a']);
  });

  it('skips presses in text fields unless the action allows them, and key repeats unless it repeats', () => {
    const registry = createActionRegistry();
    registry.register({ id: 'split', label: 'Split', keys: ['S'], perform: () => undefined });
    registry.register({ id: 'save', label: 'Save', keys: ['Mod+S'], inInputs: true, perform: () => undefined });
    registry.register({ id: 'step', label: 'Step', keys: ['ArrowRight'], repeat: true, perform: () => undefined });
    expect(registry.forKey(key('s'), { isMac: false, inInput: true })).toBe(undefined);
    expect(registry.forKey(key('s', { ctrlKey: true }), { isMac: false, inInput: true })?.id).toBe('save');
    expect(registry.forKey(key('s', { repeat: true }), { isMac: false, inInput: false })).toBe(undefined);
    expect(registry.forKey(key('ArrowRight', { repeat: true }), { isMac: false, inInput: false })?.id).toBe('step');
  });

  it('refuses the same id twice, and unregistering frees it', () => {
    const registry = createActionRegistry();
    const remove = registry.register({ id: 'x', label: 'X', perform: () => undefined });
    expect(() => registry.register({ id: 'x', label: 'X', perform: () => undefined })).toThrow('action "x" is registered twice');
    remove();
    expect(registry.get('x')).toBe(undefined);
  });
});

describe('editor actions and the keyboard', () => {
  const shell: ShellCommands = {
    importMedia: () => undefined,
    saveNow: () => undefined,
    openExport: () => undefined,
    newProject: () => undefined,
    openProjects: () => undefined,
    importProjectFile: () => undefined,
    exportProjectFile: () => undefined,
    openSettings: () => undefined,
  };
  let listener: ((e: KeyboardEvent) => void) | null = null;
  const target = { addEventListener: (_t: string, fn: (e: KeyboardEvent) => void) => (listener = fn), removeEventListener: () => (listener = null) };
  const type = (k: string, mods: Partial<KeyPress> = {}): boolean => {
    let prevented = false;
    listener?.({ ...key(k, mods), target: null, defaultPrevented: false, isComposing: false, repeat: false, preventDefault: () => (prevented = true) } as unknown as KeyboardEvent);
    return prevented;
  };
  let dispose: () => void = () => undefined;

  beforeEach(() => {
    resetStore();
    const registry = createActionRegistry();
    const off = registerEditorActions(registry, shell);
    const uninstall = installKeyboardShortcuts({ registry, target: target as never, isMac: false });
    dispose = () => (uninstall(), off());
  });
  afterEach(() => dispose());

  it('has one action per id', () => {
    const ids = editorActions(shell).map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('edits, undoes and redoes the open project from the keyboard', () => {
    documentActions.open(documentState(sampleDoc({ video: [card('a', 1000), card('b', 1000)] })));
    playhead.set(500);
    expect(type('s')).toBe(true);
    expect(useAppStore.getState().doc?.tracks.video).toHaveLength(3);
    type('z', { ctrlKey: true });
    expect(useAppStore.getState().doc?.tracks.video).toHaveLength(2);
    type('y', { ctrlKey: true });
    expect(useAppStore.getState().doc?.tracks.video).toHaveLength(3);
    type('z', { ctrlKey: true, shiftKey: true });
    expect(useAppStore.getState().future).toEqual([]);
    useAppStore.getState().select(['b']);
    type('Delete');
    expect(useAppStore.getState().doc?.tracks.video.map((v) => v.id)).not.toContain('b');
    type(' ');
    expect(useAppStore.getState().playing).toBe(true);
    type('ArrowRight');
    expect(useAppStore.getState().playing).toBe(false);
  });

  it('leaves keys alone while no project is open, and says why an edit could not happen', () => {
    expect(type('s')).toBe(false);
    documentActions.open(documentState(sampleDoc({ video: [card('a', 1000)] })));
    playhead.set(1000);
    type('s');
    expect(useAppStore.getState().toasts.map((t) => t.message)).toEqual(['Cannot split at playhead: there is no video item under the playhead.']);
  });
});
