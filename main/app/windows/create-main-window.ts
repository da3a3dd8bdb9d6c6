import { BrowserWindow, screen } from 'electron';
import { secureWebPreferences } from './secure-web-preferences';
import { restoreWindow, type WindowSizes } from './window-bounds';
import { readWindowState, writeWindowState } from './window-state-file';

const SIZES: WindowSizes = { defaultWidth: 1440, defaultHeight: 900, minWidth: 960, minHeight: 600 };

export interface MainWindowOptions {
  preloadPath: string;
  /** app://adloom/index.html, or the Vite dev server in development. */
  entryUrl: string;
  devTools: boolean;
  /** JSON file that remembers size, position and maximized state. */
  statePath: string;
}

/** The only BrowserWindow factory: every window gets secureWebPreferences. */
export function createMainWindow({ preloadPath, entryUrl, devTools, statePath }: MainWindowOptions): BrowserWindow {
  const { bounds, maximized } = restoreWindow({
    saved: readWindowState(statePath),
    workAreas: screen.getAllDisplays().map((display) => display.workArea),
    primary: screen.getPrimaryDisplay().workArea,
    sizes: SIZES,
  });
  const win = new BrowserWindow({
    ...bounds,
    minWidth: SIZES.minWidth,
    minHeight: SIZES.minHeight,
    show: false,
    title: 'Adloom',
    backgroundColor: '#111318',
    webPreferences: secureWebPreferences({ preloadPath, devTools }),
  });
  if (maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => {
    // Normal bounds are the un-maximized ones, so un-maximizing next time lands where it was.
    const normal = win.getNormalBounds();
    try {
      writeWindowState(statePath, { ...normal, maximized: win.isMaximized() });
    } catch (err) {
      console.warn(`[window] could not remember the window position in ${statePath}: ${String(err)}`);
    }
  });
  void win.loadURL(entryUrl).catch((err: unknown) => console.error(`[window] could not load ${entryUrl}: ${String(err)}`));
  return win;
}
