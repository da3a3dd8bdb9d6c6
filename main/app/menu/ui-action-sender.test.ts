import { describe, expect, it } from 'vitest';
import { events } from '../../../preload/contract/event-schemas';
import { MENU_UI_ACTIONS } from './menu-actions';
import { MENU_ACTION_EVENT, createUiActionSender } from './ui-action-sender';

describe('createUiActionSender', () => {
  it('emits menu.action { action } for the renderer', () => {
    const emitted: unknown[] = [];
    createUiActionSender({ emit: (name, payload) => emitted.push([name, payload]) })('edit.undo');
    expect(emitted).toEqual([['menu.action', { action: 'edit.undo' }]]);
  });

  it('sends only payloads the contract accepts, for every menu action and nothing else', () => {
    for (const action of MENU_UI_ACTIONS) expect(events[MENU_ACTION_EVENT].safeParse({ action }).success, action).toBe(true);
    expect(events[MENU_ACTION_EVENT].safeParse({ action: 'shell.exec' }).success).toBe(false);
  });
});
