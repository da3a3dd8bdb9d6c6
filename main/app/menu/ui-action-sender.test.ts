import { describe, expect, it } from 'vitest';
import { isEventName } from '../../../preload/contract/event-schemas';
import { MENU_ACTION_EVENT, createUiActionSender } from './ui-action-sender';

describe('createUiActionSender', () => {
  it('emits menu.action when the contract declares it, and says it could not otherwise', () => {
    const emitted: unknown[] = [];
    const warnings: string[] = [];
    createUiActionSender({ emit: (name, payload) => emitted.push([name, payload]), warn: (m) => warnings.push(m) })('edit.undo');
    if (isEventName(MENU_ACTION_EVENT)) {
      expect(emitted).toEqual([['menu.action', { action: 'edit.undo' }]]);
      expect(warnings).toEqual([]);
    } else {
      expect(emitted).toEqual([]);
      expect(warnings).toEqual(['menu action "edit.undo" was not delivered: the contract has no "menu.action" event yet']);
    }
  });
});
