/**
 * Editor actions the menu triggers in the renderer, which runs them through the same action
 * registry its buttons and shortcuts use (style-anchors §3.5). The menu never edits the
 * document itself: undo history, selection and the open project live in the renderer.
 */
export const MENU_UI_ACTIONS = [
  'project.new',
  'project.open',
  'project.importFile',
  'project.exportFile',
  'media.import',
  'render.export',
  'edit.undo',
  'edit.redo',
  'edit.delete',
  'edit.duplicate',
  'edit.split',
  'playback.toggle',
  'timeline.zoomIn',
  'timeline.zoomOut',
  'timeline.zoomFit',
  'settings.open',
] as const;
export type MenuUiAction = (typeof MENU_UI_ACTIONS)[number];

/** What a menu item does when clicked. */
export type MenuAction =
  /** A contract command, run in main through the same dispatch() the renderer's calls use. */
  | { kind: 'command'; name: 'app.reveal'; input: { target: { kind: 'dataDir' } } }
  /** An editor action for the renderer (see MENU_UI_ACTIONS). */
  | { kind: 'ui'; action: MenuUiAction }
  /** A help link, opened through the https allowlist. */
  | { kind: 'external'; url: string };
