import { app, Menu } from 'electron';
import type { MenuAction } from './menu-actions';
import { buildMenuSpec } from './menu-template';
import { toElectronTemplate } from './to-electron-template';

export function installApplicationMenu({ isDev, run }: { isDev: boolean; run: (action: MenuAction) => void }): void {
  const spec = buildMenuSpec({ platform: process.platform, appName: app.getName(), isDev });
  Menu.setApplicationMenu(Menu.buildFromTemplate(toElectronTemplate(spec, run)));
}
