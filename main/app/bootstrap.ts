import { app, BrowserWindow } from 'electron';
import { createMainWindow } from './windows/create-main-window';

/** App lifecycle: one instance, one main window, quit when it closes (except on macOS). */
export function bootstrap(): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', () => {
    const [win] = BrowserWindow.getAllWindows();
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createMainWindow();
  });
  void app.whenReady().then(() => createMainWindow());
}
