import { describe, expect, it } from 'vitest';
import { MENU_UI_ACTIONS } from '../../../preload/contract/dto/menu-dto';
import { FakeApi } from '../stores/test-support/fake-api';
import { createActionRegistry } from './action-registry';
import { editorActions } from './editor-actions';
import { connectMenuActions } from './menu-bridge';

describe('connectMenuActions', () => {
  it('runs the registry action a menu.action event names, and reports ids it does not know', () => {
    const api = new FakeApi('electron');
    const registry = createActionRegistry();
    const ran: string[] = [];
    registry.register({ id: 'edit.undo', label: 'Undo', perform: () => void ran.push('undo') });
    const unknown: string[] = [];
    const off = connectMenuActions({ api, registry, onUnknown: (a) => unknown.push(a) });
    api.emit('menu.action', { action: 'edit.undo' });
    api.emit('menu.action', { action: 'settings.open' });
    off();
    api.emit('menu.action', { action: 'edit.undo' });
    expect(ran).toEqual(['undo']);
    expect(unknown).toEqual(['settings.open']);
  });

  it('gives Undo/Redo/Delete to the focused text field instead of the timeline', () => {
    const api = new FakeApi('electron');
    const registry = createActionRegistry();
    const ran: string[] = [];
    registry.register({ id: 'edit.undo', label: 'Undo', perform: () => void ran.push('timeline undo') });
    registry.register({ id: 'edit.split', label: 'Split', perform: () => void ran.push('split') });
    let typing = true;
    connectMenuActions({ api, registry, inField: () => typing, fieldCommand: (c) => void ran.push(`field ${c}`) });
    api.emit('menu.action', { action: 'edit.undo' });
    api.emit('menu.action', { action: 'edit.delete' });
    api.emit('menu.action', { action: 'edit.split' });
    typing = false;
    api.emit('menu.action', { action: 'edit.undo' });
    expect(ran).toEqual(['field undo', 'field forwardDelete', 'split', 'timeline undo']);
  });

  it('the editor has an action for every menu item', () => {
    const noop = (): void => undefined;
    const ids = new Set(editorActions({ importMedia: noop, saveNow: noop, openExport: noop, newProject: noop, openProjects: noop, importProjectFile: noop, exportProjectFile: noop, openSettings: noop }).map((a) => a.id));
    expect(MENU_UI_ACTIONS.filter((id) => !ids.has(id))).toEqual([]);
  });
});
