import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from './secure-web-preferences';

describe('secureWebPreferences (Electron security checklist items 2–4, 6, 8–11)', () => {
  it('is exactly the hardened set, with DevTools only when asked', () => {
    expect(secureWebPreferences({ preloadPath: '/app/dist/preload/index.cjs', devTools: false })).toEqual({
      preload: '/app/dist/preload/index.cjs',
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
      devTools: false,
    });
    expect(secureWebPreferences({ preloadPath: '/p.cjs', devTools: true }).devTools).toBe(true);
  });
});
