import { EventEmitter } from 'node:events';
import type { HandlerDetails, WindowOpenHandlerResponse } from 'electron';
import { describe, expect, it } from 'vitest';
import { guardWebContents } from './guard-web-contents';

/** Stands in for a WebContents (Electron cannot start here): an emitter plus the open handler slot. */
class ContentsStandIn extends EventEmitter {
  openHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | null = null;
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.openHandler = handler;
  }

  /** Emits like Electron does and reports whether a listener called preventDefault(). */
  fire(event: string, url: string): boolean {
    let prevented = false;
    this.emit(event, { url, preventDefault: () => (prevented = true) });
    return prevented;
  }
}

function setup(): { contents: ContentsStandIn; opened: string[]; blocked: string[] } {
  const contents = new ContentsStandIn();
  const opened: string[] = [];
  const blocked: string[] = [];
  guardWebContents(contents, {
    policy: { trustedOrigins: ['app://adloom'], externalHosts: ['replicate.com'] },
    openExternal: (url) => opened.push(url),
    onBlocked: (what, url) => blocked.push(`${what} ${url}`),
  });
  return { contents, opened, blocked };
}

const details = (url: string): HandlerDetails => ({ url, frameName: '', features: '', disposition: 'foreground-tab', referrer: { url: '', policy: 'default' } });

describe('guardWebContents', () => {
  it('lets navigation and redirects within app://adloom through', () => {
    const { contents, blocked } = setup();
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(contents.fire(event, 'app://adloom/index.html'), event).toBe(false);
    }
    expect(blocked).toEqual([]);
  });

  it('stops navigation, subframe navigation and redirects to anywhere else', () => {
    const { contents, opened, blocked } = setup();
    expect(contents.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.fire('will-frame-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.fire('will-redirect', 'http://127.0.0.1:9/steal')).toBe(true);
    expect(opened).toEqual([]);
    expect(blocked).toEqual(['navigation https://evil.example/', 'frame navigation file:///etc/passwd', 'redirect http://127.0.0.1:9/steal']);
  });

  it('opens an allowlisted https link in the system browser instead of in the app', () => {
    const { contents, opened } = setup();
    expect(contents.fire('will-navigate', 'https://replicate.com/account')).toBe(true);
    expect(opened).toEqual(['https://replicate.com/account']);
  });

  it('denies every new window and forwards only allowlisted links', () => {
    const { contents, opened, blocked } = setup();
    expect(contents.openHandler?.(details('app://adloom/index.html'))).toEqual({ action: 'deny' });
    expect(contents.openHandler?.(details('https://evil.example/'))).toEqual({ action: 'deny' });
    expect(contents.openHandler?.(details('https://replicate.com/pricing'))).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://replicate.com/pricing']);
    expect(blocked).toEqual(['new window app://adloom/index.html', 'new window https://evil.example/']);
  });

  it('refuses to attach any <webview>', () => {
    const { contents } = setup();
    let prevented = false;
    contents.emit('will-attach-webview', { preventDefault: () => (prevented = true) }, {}, {});
    expect(prevented).toBe(true);
  });
});
