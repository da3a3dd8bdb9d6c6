import type { MenuItemConstructorOptions } from 'electron';
import type { MenuAction } from './menu-actions';

/** A menu item as data: Electron's options minus click, plus the action it triggers. */
export interface MenuSpec {
  label?: string;
  accelerator?: string;
  role?: MenuItemConstructorOptions['role'];
  type?: 'separator';
  action?: MenuAction;
  submenu?: MenuSpec[];
}

const ui = (label: string, action: Extract<MenuAction, { kind: 'ui' }>['action'], accelerator?: string): MenuSpec =>
  accelerator === undefined ? { label, action: { kind: 'ui', action } } : { label, accelerator, action: { kind: 'ui', action } };
const separator: MenuSpec = { type: 'separator' };

/**
 * The application menu (pure, tested). CmdOrCtrl gives ⌘ on macOS and Ctrl elsewhere.
 * Text editing keeps Electron's roles (cut/copy/paste/select all act on the focused field);
 * undo/redo are editor actions because the renderer decides between field undo and
 * timeline history. Space for play/pause is not a menu accelerator: it would swallow spaces
 * typed into text overlays, so the renderer binds it when focus is not in a field.
 */
export function buildMenuSpec({ platform, appName, isDev }: { platform: NodeJS.Platform; appName: string; isDev: boolean }): MenuSpec[] {
  const mac = platform === 'darwin';
  const settings = ui(mac ? 'Settings…' : 'Settings', 'settings.open', 'CmdOrCtrl+,');

  const appMenu: MenuSpec[] = mac
    ? [{ label: appName, submenu: [{ role: 'about' }, separator, settings, separator, { role: 'services' }, separator, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, separator, { role: 'quit' }] }]
    : [];

  const file: MenuSpec = {
    label: 'File',
    submenu: [
      ui('New Project', 'project.new', 'CmdOrCtrl+N'),
      ui('Open Project…', 'project.open', 'CmdOrCtrl+O'),
      separator,
      ui('Import Media…', 'media.import', 'CmdOrCtrl+I'),
      ui('Import Project File…', 'project.importFile'),
      ui('Save Project File…', 'project.exportFile', 'CmdOrCtrl+Shift+S'),
      separator,
      ui('Export Video…', 'render.export', 'CmdOrCtrl+E'),
      separator,
      { label: 'Show Library Folder', action: { kind: 'command', name: 'app.reveal', input: { target: { kind: 'dataDir' } } } },
      ...(mac ? [] : [separator, settings, separator, { role: 'quit' } as MenuSpec]),
    ],
  };

  const edit: MenuSpec = {
    label: 'Edit',
    submenu: [
      ui('Undo', 'edit.undo', 'CmdOrCtrl+Z'),
      ui('Redo', 'edit.redo', mac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y'),
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      separator,
      ui('Duplicate', 'edit.duplicate', 'CmdOrCtrl+D'),
      ui('Split at Playhead', 'edit.split', 'CmdOrCtrl+K'),
      ui('Delete', 'edit.delete', mac ? 'Backspace' : 'Delete'),
    ],
  };

  const view: MenuSpec = {
    label: 'View',
    submenu: [
      ui('Play / Pause', 'playback.toggle'),
      separator,
      ui('Zoom Timeline In', 'timeline.zoomIn', 'CmdOrCtrl+='),
      ui('Zoom Timeline Out', 'timeline.zoomOut', 'CmdOrCtrl+-'),
      ui('Fit Timeline', 'timeline.zoomFit', 'CmdOrCtrl+0'),
      separator,
      { role: 'togglefullscreen' },
      ...(isDev ? [separator, { role: 'reload' } as MenuSpec, { role: 'toggleDevTools' } as MenuSpec] : []),
    ],
  };

  const windowMenu: MenuSpec = { label: 'Window', submenu: mac ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }] : [{ role: 'minimize' }, { role: 'close' }] };

  const help: MenuSpec = {
    label: 'Help',
    submenu: [
      { label: 'Get a Replicate API Token', action: { kind: 'external', url: 'https://replicate.com/account/api-tokens' } },
      { label: 'Get a Runway API Key', action: { kind: 'external', url: 'https://dev.runwayml.com/' } },
      { label: 'Get an ElevenLabs API Key', action: { kind: 'external', url: 'https://elevenlabs.io/app/settings/api-keys' } },
    ],
  };

  return [...appMenu, file, edit, view, windowMenu, help];
}

/** Every action in a spec tree, in menu order (for tests and for checking the wiring). */
export function menuActions(spec: readonly MenuSpec[]): MenuAction[] {
  return spec.flatMap((item) => [...(item.action ? [item.action] : []), ...menuActions(item.submenu ?? [])]);
}
