import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, PRIVILEGED_SCHEMES } from '../protocols/schemes';
import { secureWebPreferences } from '../windows/secure-web-preferences';
import { contentSecurityPolicy } from './csp';
import { EXTERNAL_HOSTS } from './external-hosts';
import { guardWebContents } from './guard-web-contents';
import { isAllowedExternalUrl } from './url-policy';

/**
 * The Electron security checklist (style-anchors §4.2), item by item, for what can be
 * checked without a display. Items needing a running Electron (the real session, a real
 * window) are covered by the Playwright smoke test in tests/electron where Electron exists.
 * Elsewhere: 5 (permissions) guard-session.test.ts; 17 (IPC sender) ipc/register-commands.test.ts;
 * 19 (fuses) platform/packaging-config.test.ts; 16 (current Electron) is the pinned major in package.json.
 */
const prefs = secureWebPreferences({ preloadPath: '/p.cjs', devTools: false });
const csp = Object.fromEntries(contentSecurityPolicy().split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
const appDir = path.resolve(import.meta.dirname, '..');
const sourcesOf = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourcesOf(path.join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path.join(dir, e.name)] : []));

describe('Electron security checklist', () => {
  it('1, 18: the window loads our bundle over app:// with a real origin; app and media are privileged without bypassing CSP', () => {
    expect(APP_ORIGIN).toBe('app://adloom');
    expect(PRIVILEGED_SCHEMES.map((s) => s.scheme)).toEqual(['app', 'media']);
    for (const { privileges } of PRIVILEGED_SCHEMES) {
      expect(privileges).toMatchObject({ standard: true, secure: true });
      expect(privileges?.bypassCSP).toBeUndefined();
      expect(privileges?.allowServiceWorkers).toBeUndefined();
    }
    expect(PRIVILEGED_SCHEMES[1]?.privileges?.stream).toBe(true);
  });

  it('2, 3, 4: no Node integration anywhere, context isolation and the sandbox on', () => {
    expect(prefs).toMatchObject({ nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false, contextIsolation: true, sandbox: true });
  });

  it('6, 8, 9, 10, 11: web security on, no insecure content, no experimental or Blink features, no <webview>', () => {
    expect(prefs).toMatchObject({ webSecurity: true, allowRunningInsecureContent: false, experimentalFeatures: false, enableBlinkFeatures: '', webviewTag: false });
  });

  it('7: a strict CSP: no eval, no inline script, no plugins, no framing, no outside connections', () => {
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['connect-src']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'none'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it('12, 13, 14: webviews, foreign navigation and new windows are refused by the guard on every webContents', () => {
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: (h: unknown) => void (opener = h) });
    let opener: unknown;
    guardWebContents(contents, { policy: { trustedOrigins: [APP_ORIGIN], externalHosts: [] }, openExternal: () => {} });
    expect(contents.listenerCount('will-attach-webview')).toBe(1);
    expect(contents.listenerCount('will-navigate')).toBe(1);
    expect(contents.listenerCount('will-frame-navigate')).toBe(1);
    expect(contents.listenerCount('will-redirect')).toBe(1);
    expect(typeof opener).toBe('function');
  });

  it('15: openExternal only for https on the allowlist', () => {
    expect(EXTERNAL_HOSTS.length).toBeGreaterThan(0);
    expect(isAllowedExternalUrl({ url: 'https://replicate.com/', allowedHosts: EXTERNAL_HOSTS })).toBe(true);
    expect(isAllowedExternalUrl({ url: 'http://replicate.com/', allowedHosts: EXTERNAL_HOSTS })).toBe(false);
    expect(isAllowedExternalUrl({ url: 'file:///etc/passwd', allowedHosts: EXTERNAL_HOSTS })).toBe(false);
    // Only install-guards.ts calls shell.openExternal, after that check.
    const callers = sourcesOf(appDir).filter((file) => fs.readFileSync(file, 'utf8').includes('shell.openExternal('));
    expect(callers.map((f) => path.relative(appDir, f))).toEqual([path.join('security', 'install-guards.ts')]);
  });

  it('20: nothing in main/app hands Electron APIs or raw IPC to the page', () => {
    const offenders = sourcesOf(appDir).filter((file) => /exposeInMainWorld|webContents\.executeJavaScript|nodeIntegration:\s*true|sandbox:\s*false|contextIsolation:\s*false|webSecurity:\s*false/.test(fs.readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
