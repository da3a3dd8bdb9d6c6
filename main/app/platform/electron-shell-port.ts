import { BrowserWindow, dialog, shell } from 'electron';
import type { ShellPort } from '../../handlers';
import { openDialogOptions, saveDialogOptions } from './dialog-options';

/**
 * Native dialogs and "show in folder" for the handlers. Dialogs are modal to the focused
 * window so they cannot end up behind it. Paths come back from the OS dialog, never from the
 * page; the contract re-validates them (absolute, no "..") before a handler uses them.
 */
export function createElectronShellPort(): ShellPort {
  const parent = (): BrowserWindow | undefined => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  return {
    dialogs: true,
    reveal: true,
    async openDialog(input) {
      const options = openDialogOptions(input);
      const win = parent();
      const result = await (win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options));
      return result.canceled ? [] : result.filePaths;
    },
    async saveDialog(input) {
      const options = saveDialogOptions(input);
      const win = parent();
      const result = await (win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options));
      return result.canceled || result.filePath === undefined || result.filePath === '' ? null : result.filePath;
    },
    async revealPath(absolutePath) {
      shell.showItemInFolder(absolutePath);
    },
  };
}
