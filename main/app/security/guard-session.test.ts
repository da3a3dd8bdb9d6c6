import { describe, expect, it } from 'vitest';
import type { GuardableSession } from './guard-session';
import { guardSession } from './guard-session';

type Handlers = { [K in keyof GuardableSession]?: Parameters<GuardableSession[K]>[0] };

/** Records the handlers guardSession installs (a real Session needs a running Electron). */
function install(): Handlers {
  const handlers: Handlers = {};
  const session: GuardableSession = {
    setPermissionRequestHandler: (h) => void (handlers.setPermissionRequestHandler = h),
    setPermissionCheckHandler: (h) => void (handlers.setPermissionCheckHandler = h),
    setDevicePermissionHandler: (h) => void (handlers.setDevicePermissionHandler = h),
    setDisplayMediaRequestHandler: (h) => void (handlers.setDisplayMediaRequestHandler = h),
  };
  guardSession(session, { trustedOrigins: ['app://adloom'] });
  return handlers;
}

type RequestHandler = NonNullable<Handlers['setPermissionRequestHandler']>;
type Contents = Parameters<RequestHandler>[0];

function ask(handlers: Handlers, permission: Parameters<RequestHandler>[1], requestingUrl: string, isMainFrame = true): boolean | undefined {
  let answer: boolean | undefined;
  handlers.setPermissionRequestHandler?.({} as Contents, permission, (granted) => (answer = granted), { requestingUrl, isMainFrame });
  return answer;
}

describe('guardSession', () => {
  it('installs all four handlers', () => {
    const handlers = install();
    expect(Object.keys(handlers).sort()).toEqual(['setDevicePermissionHandler', 'setDisplayMediaRequestHandler', 'setPermissionCheckHandler', 'setPermissionRequestHandler']);
  });

  it('answers permission requests: fullscreen for our page, nothing for camera/mic or strangers', () => {
    const handlers = install();
    expect(ask(handlers, 'fullscreen', 'app://adloom/index.html')).toBe(true);
    expect(ask(handlers, 'media', 'app://adloom/index.html')).toBe(false);
    expect(ask(handlers, 'notifications', 'app://adloom/index.html')).toBe(false);
    expect(ask(handlers, 'fullscreen', 'https://evil.example/')).toBe(false);
    expect(ask(handlers, 'fullscreen', 'app://adloom/index.html', false)).toBe(false);
  });

  it('answers permission checks the same way', () => {
    const check = install().setPermissionCheckHandler;
    expect(check?.(null, 'clipboard-sanitized-write', 'app://adloom', { requestingUrl: 'app://adloom/index.html', isMainFrame: true })).toBe(true);
    expect(check?.(null, 'geolocation', 'app://adloom', { requestingUrl: 'app://adloom/index.html', isMainFrame: true })).toBe(false);
  });

  it('refuses device access and screen capture', () => {
    const handlers = install();
    expect(handlers.setDevicePermissionHandler?.({ deviceType: 'usb', origin: 'app://adloom', device: {} as never })).toBe(false);
    let streams: unknown = 'unset';
    handlers.setDisplayMediaRequestHandler?.({} as never, (s) => (streams = s));
    expect(streams).toBeNull();
  });
});
