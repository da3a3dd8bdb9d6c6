import { describe, expect, it } from 'vitest';
import { safeStaticPath } from './static-files';

describe('safeStaticPath', () => {
  it('maps / to the page and keeps ordinary asset paths', () => {
    expect(safeStaticPath('/')).toBe('/index.html');
    expect(safeStaticPath('/assets/index-abc.js')).toBe('/assets/index-abc.js');
    expect(safeStaticPath('/assets/a%20b.css')).toBe('/assets/a b.css');
  });

  it('refuses traversal however it is spelled', () => {
    for (const raw of ['/../etc/passwd', '/assets/../../x', '/%2e%2e/x', '/..%2f..%2fetc%2fpasswd', '/a%5c..%5cb', '/a%00.js', '/./x', '/%E0%A4%A']) {
      expect(safeStaticPath(raw)).toBe(null);
    }
  });
});
