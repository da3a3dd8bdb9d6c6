import path from 'node:path';
import type { WebPreferences } from 'electron';

/**
 * The one place window preferences are decided, so a second window cannot come out weaker
 * (style-anchors §4.2 items 2–4, 6, 8, 9, 11).
 */
export function secureWebPreferences(distDir: string): WebPreferences {
  return {
    preload: path.join(distDir, 'preload', 'index.cjs'),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    spellcheck: false,
  };
}
