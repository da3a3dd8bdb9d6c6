import path from 'node:path';
import { app, BrowserWindow, dialog, type IpcMain } from 'electron';
import type { SecretStore } from '../core/ports/secret-store';
import { openStore, type Store } from '../core/storage/store';
import { filmstripFileOf, type EventBus, type HandlerContext, type ShellPort } from '../handlers';
import type { ShellConfig } from './bootstrap';
import { forwardEvents } from './ipc/forward-events';
import { registerCommands, type Dispatch } from './ipc/register-commands';
import { quitSteps } from './lifecycle/quit-steps';
import { createShutdown } from './lifecycle/shutdown';
import { installApplicationMenu } from './menu/install-menu';
import { createMenuActionRunner } from './menu/run-menu-action';
import { createUiActionSender } from './menu/ui-action-sender';
import { createElectronShellPort } from './platform/electron-shell-port';
import { createEncryptedSecretStore } from './platform/encrypted-secret-store';
import { detectSecretProtection, safeStorageCipher } from './platform/safe-storage-cipher';
import { locateLibraryMedia } from './protocols/locate-library-media';
import { handleProtocols } from './protocols/register-protocols';
import { installSecurityGuards, openExternalSafely } from './security/install-guards';
import { createMainWindow } from './windows/create-main-window';

export interface StartShellOptions {
  config: ShellConfig;
  makeContext: (parts: { store: Store; secrets: SecretStore; shell: ShellPort; events: EventBus }) => HandlerContext;
  createEventBus: () => EventBus;
  dispatch: Dispatch;
  ipc: IpcMain;
}

/** Everything after 'ready': guards first, then storage, protocols, IPC, menu, the window. */
export async function startShell({ config, makeContext, createEventBus, dispatch, ipc }: StartShellOptions): Promise<void> {
  const { dataDir, paths, isDev, entryUrl, trustedOrigins } = config;
  installSecurityGuards({ trustedOrigins });

  const store = openStore({ dataDir, nativeBinding: paths.sqliteBinding });
  const protection = await detectSecretProtection();
  if (protection.level !== 'os') console.warn(`[keys] ${protection.description}`);
  const secrets = createEncryptedSecretStore({ filePath: path.join(dataDir, 'secrets.json'), cipher: safeStorageCipher, protection });
  const bus = createEventBus();
  const ctx = makeContext({ store, secrets, shell: createElectronShellPort(), events: bus });
  ctx.lifecycle.start();

  handleProtocols({ rendererDir: paths.rendererDir, locateMedia: locateLibraryMedia({ dataDir, assets: store.assets, filmstrip: (assetId) => filmstripFileOf(ctx, assetId) }) });
  const unregisterCommands = registerCommands({
    ipc,
    ctx,
    dispatch,
    trustedOrigins,
    onRefused: (command, sender) => console.warn(`[ipc] refused ${command} from ${sender.frameUrl ?? 'a vanished frame'}${sender.isTopFrame ? '' : ' (subframe)'}`),
  });
  const stopEvents = forwardEvents({ bus, targets: () => BrowserWindow.getAllWindows().map((win) => win.webContents), trustedOrigins });

  installApplicationMenu({
    isDev,
    run: createMenuActionRunner({
      runCommand: (name, input) => dispatch({ name, rawInput: input, ctx }),
      sendUiAction: createUiActionSender({ emit: (name, payload) => bus.emit(name, payload) }),
      openExternal: (url) => void openExternalSafely(url),
      showError: (message) => dialog.showErrorBox('Adloom', message),
    }),
  });

  // will-quit, not before-quit: it comes after every window closed and cannot be cancelled,
  // so the store is never closed under a window that is still running.
  app.on(
    'will-quit',
    createShutdown({
      steps: quitSteps({
        closeStore: () => store.close(),
        extra: [
          // Aborts renders and job runners at once; their state stays for the next start.
          { name: 'stop renders and generation jobs', run: () => void ctx.lifecycle.stop().catch((err: unknown) => console.error(`[quit] stopping renders and jobs failed: ${String(err)}`)) },
          { name: 'remove IPC handlers', run: unregisterCommands },
          { name: 'stop events', run: () => (stopEvents(), bus.close()) },
        ],
      }),
      report: (step, err) => console.error(`[quit] ${step} failed: ${String(err)}`),
    }),
  );
  app.on('render-process-gone', (_event, _contents, details) => console.error(`[window] renderer ${details.reason} (exit code ${details.exitCode})`));

  const openWindow = (): BrowserWindow => createMainWindow({ preloadPath: paths.preloadPath, entryUrl, devTools: isDev, statePath: path.join(dataDir, 'window-state.json') });
  openWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
}
