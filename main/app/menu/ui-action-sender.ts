import type { EventPayload } from '../../../preload/contract/event-schemas';
import type { MenuUiAction } from './menu-actions';

/** The contract event that carries a menu action to the renderer, { action }. */
export const MENU_ACTION_EVENT = 'menu.action';

/**
 * Menu → renderer goes through the event bus like every other push, so it is validated,
 * reaches only windows showing our page, and the preload's `on` accepts it.
 */
export function createUiActionSender({ emit }: { emit: (name: typeof MENU_ACTION_EVENT, payload: EventPayload<typeof MENU_ACTION_EVENT>) => void }): (action: MenuUiAction) => void {
  return (action) => emit(MENU_ACTION_EVENT, { action });
}
