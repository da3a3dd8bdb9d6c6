import type { MenuUiAction } from '../../../preload/contract/dto/menu-dto';

/**
 * Editor actions the menu triggers in the renderer, which runs them through the same action
 * registry its buttons and shortcuts use (style-anchors §3.5). The menu never edits the
 * document itself: undo history, selection and the open project live in the renderer. The list
 * is the contract's, since the renderer receives these names as menu.action events.
 */
export { MENU_UI_ACTIONS, type MenuUiAction } from '../../../preload/contract/dto/menu-dto';

/** What a menu item does when clicked. */
export type MenuAction =
  /** A contract command, run in main through the same dispatch() the renderer's calls use. */
  | { kind: 'command'; name: 'app.reveal'; input: { target: { kind: 'dataDir' } } }
  /** An editor action for the renderer (see MENU_UI_ACTIONS). */
  | { kind: 'ui'; action: MenuUiAction }
  /** A help link, opened through the https allowlist. */
  | { kind: 'external'; url: string };
