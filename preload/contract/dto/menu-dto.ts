import { z } from 'zod';

/**
 * Editor actions the application menu asks the renderer to run (menu.action). The renderer runs
 * them through the same action registry its buttons and shortcuts use; main/app/menu builds the
 * menu from this list.
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
export const MenuUiAction = z.enum(MENU_UI_ACTIONS);
export type MenuUiAction = z.infer<typeof MenuUiAction>;

export const MenuActionDto = z.object({ action: MenuUiAction }).strict();
