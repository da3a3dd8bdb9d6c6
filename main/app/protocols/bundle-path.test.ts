import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveBundlePath } from './bundle-path';

const rootDir = path.resolve('/srv/bundle');

describe('resolveBundlePath', () => {
  it('maps the root and nested files under the bundle folder', () => {
    expect(resolveBundlePath({ rootDir, url: 'app://adloom/' })).toEqual({ ok: true, filePath: path.join(rootDir, 'index.html') });
    expect(resolveBundlePath({ rootDir, url: 'app://adloom/assets/index-abc.js?v=1#x' })).toEqual({ ok: true, filePath: path.join(rootDir, 'assets', 'index-abc.js') });
    expect(resolveBundlePath({ rootDir, url: 'app://adloom/fonts/My%20Font.ttf' })).toEqual({ ok: true, filePath: path.join(rootDir, 'fonts', 'My Font.ttf') });
  });

  it('keeps dot segments the URL parser already resolved inside the bundle', () => {
    // WHATWG URL parsing removes "..", "%2e%2e" at the root, so these can only reach bundle files.
    expect(resolveBundlePath({ rootDir, url: 'app://adloom/../../etc/passwd' })).toEqual({ ok: true, filePath: path.join(rootDir, 'etc', 'passwd') });
    expect(resolveBundlePath({ rootDir, url: 'app://adloom/%2e%2e/%2e%2e/etc/passwd' })).toEqual({ ok: true, filePath: path.join(rootDir, 'etc', 'passwd') });
  });

  it('refuses encoded slashes that would climb out after decoding', () => {
    expect(resolveBundlePath({ rootDir, url: 'app://adloom/assets/..%2f..%2f..%2fetc%2fpasswd' })).toEqual({
      ok: false,
      status: 404,
      reason: 'path "/assets/../../../etc/passwd" is outside the app bundle',
    });
    expect(resolveBundlePath({ rootDir, url: 'app://adloom/..%2f' })).toEqual({ ok: false, status: 404, reason: 'path "/../" is outside the app bundle' });
    expect(resolveBundlePath({ rootDir, url: 'app://adloom/assets/..%2f' })).toEqual({ ok: false, status: 404, reason: 'path "/assets/../" is outside the app bundle' });
  });

  it('refuses backslashes, NUL bytes and broken percent-encoding', () => {
    expect(resolveBundlePath({ rootDir, url: 'app://adloom/..%5c..%5cwin.ini' })).toEqual({ ok: false, status: 400, reason: 'path "/..\\..\\win.ini" contains a backslash' });
    expect(resolveBundlePath({ rootDir, url: 'app://adloom/index.html%00.js' })).toEqual({ ok: false, status: 400, reason: 'path contains a NUL byte' });
    expect(resolveBundlePath({ rootDir, url: 'app://adloom/%E0%A4%A' })).toEqual({ ok: false, status: 400, reason: 'path "/%E0%A4%A" is not valid percent-encoding' });
  });

  it('refuses another host than the app origin', () => {
    expect(resolveBundlePath({ rootDir, url: 'app://evil/index.html' })).toEqual({ ok: false, status: 404, reason: 'host "evil" is not adloom' });
  });
});
