import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../core/shared/app-error';
import type { ShellPort } from '../handlers/ports';
import { openWithSystem, systemOpener } from './open-external';

/**
 * Browser mode's shell: no native dialogs (the page uses file inputs and uploads); "reveal"
 * opens the containing folder with the OS opener, since the server runs on the same machine
 * as the browser. It only ever receives paths the handlers derived from ids.
 */
export function createBrowserShell(opener = systemOpener()): ShellPort {
  return {
    dialogs: false,
    reveal: opener !== null,
    openDialog: () => Promise.reject(new AppError('BAD_INPUT', 'browser mode has no native open dialog; use the file picker')),
    saveDialog: () => Promise.reject(new AppError('BAD_INPUT', 'browser mode has no native save dialog')),
    async revealPath(absolutePath) {
      const stat = await fs.stat(absolutePath).catch(() => null);
      if (stat === null) throw new AppError('NOT_FOUND', `${path.basename(absolutePath)} is no longer on disk at ${path.dirname(absolutePath)}`);
      const folder = stat.isDirectory() ? absolutePath : path.dirname(absolutePath);
      if (!openWithSystem(folder, opener)) throw new AppError('BAD_INPUT', 'no file manager opener (xdg-open) was found on this machine');
    },
  };
}
