import { isEventName } from '../../../preload/contract/event-schemas';
import type { MenuUiAction } from './menu-actions';

/** The contract event that carries a menu action to the renderer, { action }. */
export const MENU_ACTION_EVENT = 'menu.action';

/**
 * Menu → renderer goes through the event bus like every other push, so it is validated,
 * reaches only windows showing our page, and the preload's `on` accepts it. Until the contract
 * declares MENU_ACTION_EVENT, the renderer could not subscribe to it anyway, so the action is
 * reported as undelivered instead of being sent on a channel nothing listens to.
 */
export function createUiActionSender({ emit, warn }: { emit: (name: string, payload: unknown) => void; warn: (message: string) => void }): (action: MenuUiAction) => void {
  if (!isEventName(MENU_ACTION_EVENT)) {
    return (action) => warn(`menu action "${action}" was not delivered: the contract has no "${MENU_ACTION_EVENT}" event yet`);
  }
  return (action) => emit(MENU_ACTION_EVENT, { action });
}
