import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import { resolveFfmpegBinaries, type FfmpegBinaries } from '../core/ffmpeg/binaries';
import { resolveDataDir } from '../core/paths/data-dir';
import { AppError } from '../core/shared/app-error';
import { createEventBus, createHandlerContext, dispatch } from '../handlers';
import { startShell } from './start-shell';
import { shellPaths, type ShellPaths } from './platform/shell-paths';
import { packagedBinaryLookup } from './platform/ffmpeg-lookup';
import { registerPrivilegedSchemes } from './protocols/register-protocols';
import { APP_ENTRY_URL, APP_ORIGIN } from './protocols/schemes';
import { originOf } from './security/url-policy';

export interface ShellConfig {
  dataDir: string;
  paths: ShellPaths;
  isDev: boolean;
  entryUrl: string;
  trustedOrigins: string[];
}

/** Decided before 'ready', from the environment and where the app runs. */
function shellConfig(): ShellConfig {
  const dataDir = resolveDataDir({ env: process.env, platform: process.platform, homedir: os.homedir() });
  const paths = shellPaths({
    mainDir: path.dirname(fileURLToPath(import.meta.url)),
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    platform: process.platform,
    arch: process.arch,
  });
  // The Vite dev server is trusted only in an unpackaged run that vite-plugin-electron started.
  const devServer = app.isPackaged ? null : originOf(process.env.VITE_DEV_SERVER_URL ?? '');
  return {
    dataDir,
    paths,
    isDev: !app.isPackaged,
    entryUrl: devServer !== null ? String(process.env.VITE_DEV_SERVER_URL) : APP_ENTRY_URL,
    trustedOrigins: devServer !== null ? [APP_ORIGIN, devServer] : [APP_ORIGIN],
  };
}

function packagedBinaries(paths: ShellPaths): FfmpegBinaries | undefined {
  if (paths.bundledBinaries === null) return undefined;
  try {
    return resolveFfmpegBinaries({ bundled: packagedBinaryLookup(paths.bundledBinaries) });
  } catch {
    // Left to the command that needs FFmpeg, which then reports what was tried.
    return undefined;
  }
}

function checkSqliteBinding(file: string): void {
  if (fs.existsSync(file)) return;
  throw new AppError(
    'BINARY_MISSING',
    app.isPackaged
      ? `The SQLite module for this build is missing (${file}). Reinstall Adloom.`
      : `No SQLite module built for Electron at ${file}. Run "npm run rebuild:electron" once (it leaves the Node build in node_modules alone), then start again.`,
    { file },
  );
}

/**
 * Composition root of the desktop shell. Everything that must happen before 'ready' happens
 * here synchronously; the rest is in startShell once Electron is ready.
 */
export function bootstrap(): void {
  // A second launch hands over to the first (which focuses its window) and exits at once, so
  // two processes never write the same library and database.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  const config = shellConfig();
  // Chromium's profile (cookies, caches) goes beside the library, so ADLOOM_HOME isolates a test run completely.
  app.setPath('userData', config.dataDir);
  app.enableSandbox();
  registerPrivilegedSchemes();

  app.whenReady()
    .then(() => {
      checkSqliteBinding(config.paths.sqliteBinding);
      const binaries = packagedBinaries(config.paths);
      return startShell({
        config,
        makeContext: (parts) => createHandlerContext({ mode: 'electron', version: app.getVersion(), dataDir: config.dataDir, fontsDir: config.paths.fontsDir, ...parts, ...(binaries ? { binaries } : {}) }),
        createEventBus,
        dispatch,
        ipc: ipcMain,
      });
    })
    .catch((err: unknown) => {
      const message = err instanceof Error ? err.message : String(err);
      console.error(`[adloom] could not start: ${err instanceof Error ? (err.stack ?? message) : message}`);
      dialog.showErrorBox('Adloom could not start', message);
      app.exit(1);
    });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('second-instance', () => {
    const [win] = BrowserWindow.getAllWindows();
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
}
