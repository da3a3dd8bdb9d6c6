import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserWindow } from 'electron';
import { secureWebPreferences } from './secure-web-preferences';

// dist/main/index.js → dist/
const distDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function createMainWindow(): Promise<BrowserWindow> {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Adloom',
    backgroundColor: '#111318',
    webPreferences: secureWebPreferences(distDir),
  });
  win.once('ready-to-show', () => win.show());
  // Deny every window.open; navigation guards and the app:// protocol come with the shell issue.
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const devUrl = process.env.VITE_DEV_SERVER_URL;
  if (devUrl) await win.loadURL(devUrl);
  else await win.loadFile(path.join(distDir, 'renderer', 'index.html'));
  return win;
}
