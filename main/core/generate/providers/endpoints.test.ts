import { describe, expect, it } from 'vitest';
import { checkRemoteUrl, isLoopbackHost } from './endpoints';

describe('endpoint policy', () => {
  it('knows loopback hosts', () => {
    expect(['127.0.0.1', '127.4.5.6', 'localhost', '[::1]', '::1'].map(isLoopbackHost)).toEqual([true, true, true, true, true]);
    expect(['10.0.0.1', '127.0.0.1.nip.io', 'example.com', '0.0.0.0'].map(isLoopbackHost)).toEqual([false, false, false, false]);
  });
  it('refuses http to other hosts, other schemes, and credentials in the URL', () => {
    expect(() => checkRemoteUrl('http://example.com', 'X')).toThrow(/plain http/);
    expect(() => checkRemoteUrl('file:///etc/passwd', 'X')).toThrow(/must use https/);
    expect(() => checkRemoteUrl('https://u:p@example.com', 'X')).toThrow(/user name or password/);
    expect(() => checkRemoteUrl('not a url', 'X')).toThrow(/not a valid URL/);
    expect(checkRemoteUrl('http://127.0.0.1:8080/v1', 'X').port).toBe('8080');
  });
});
