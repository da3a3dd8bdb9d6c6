import type { WebPreferences } from 'electron';

/**
 * The one place window preferences are decided, so a second window cannot come out weaker
 * (style-anchors §4.2 items 2–4, 6, 8–11). Every value is spelled out even where it is
 * Electron's default, so a changed default cannot silently weaken us and the test can
 * assert the whole object.
 */
export function secureWebPreferences({ preloadPath, devTools }: { preloadPath: string; devTools: boolean }): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    enableBlinkFeatures: '',
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    // DevTools only in development builds (§4.2, last paragraph).
    devTools,
  };
}
