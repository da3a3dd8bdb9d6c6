import { describe, expect, it } from 'vitest';
import { allowedHosts, loopbackAddress } from './loopback';
import { guardRequest } from './request-guard';

const token = 'T'.repeat(43);
const config = { token, hosts: allowedHosts('127.0.0.1', 5000) };
const url = (q = '') => new URL(`/x${q}`, 'http://adloom.invalid');

describe('guardRequest', () => {
  it('accepts this server by either name, with the token in query, header or cookie', () => {
    expect(guardRequest({ headers: { host: '127.0.0.1:5000' }, url: url(`?token=${token}`), config, requireOrigin: false })).toEqual({ ok: true, tokenFromQuery: true });
    expect(guardRequest({ headers: { host: 'localhost:5000', 'x-adloom-token': token }, url: url(), config, requireOrigin: false })).toEqual({ ok: true, tokenFromQuery: false });
    expect(guardRequest({ headers: { host: '127.0.0.1:5000', cookie: `a=b; adloom_token=${token}` }, url: url(), config, requireOrigin: false }).ok).toBe(true);
  });

  it('refuses a foreign Host (DNS rebinding) before looking at the token', () => {
    expect(guardRequest({ headers: { host: 'evil.example:5000' }, url: url(`?token=${token}`), config, requireOrigin: false })).toMatchObject({ ok: false, status: 403 });
    expect(guardRequest({ headers: { host: '127.0.0.1:5001' }, url: url(`?token=${token}`), config, requireOrigin: false })).toMatchObject({ ok: false, status: 403 });
    expect(guardRequest({ headers: {}, url: url(`?token=${token}`), config, requireOrigin: false })).toMatchObject({ ok: false, status: 403 });
  });

  it('refuses a foreign or null Origin, and a missing one where it is required', () => {
    const base = { host: '127.0.0.1:5000' };
    for (const origin of ['http://evil.example', 'null', 'http://127.0.0.1:5001', 'https://127.0.0.1:5000']) {
      expect(guardRequest({ headers: { ...base, origin }, url: url(`?token=${token}`), config, requireOrigin: false })).toMatchObject({ ok: false, status: 403 });
    }
    expect(guardRequest({ headers: base, url: url(`?token=${token}`), config, requireOrigin: true })).toMatchObject({ ok: false, status: 403 });
    expect(guardRequest({ headers: { ...base, origin: 'http://localhost:5000' }, url: url(`?token=${token}`), config, requireOrigin: true }).ok).toBe(true);
  });

  it('refuses cross-site fetches and a missing or wrong token', () => {
    const base = { host: '127.0.0.1:5000' };
    expect(guardRequest({ headers: { ...base, 'sec-fetch-site': 'cross-site' }, url: url(`?token=${token}`), config, requireOrigin: false })).toMatchObject({ ok: false, status: 403 });
    expect(guardRequest({ headers: base, url: url(), config, requireOrigin: false })).toMatchObject({ ok: false, status: 401 });
    expect(guardRequest({ headers: base, url: url('?token=nope'), config, requireOrigin: false })).toMatchObject({ ok: false, status: 401 });
    expect(guardRequest({ headers: base, url: url(`?token=${token}x`), config, requireOrigin: false })).toMatchObject({ ok: false, status: 401 });
  });
});

describe('loopbackAddress', () => {
  it('allows loopback only', () => {
    expect(loopbackAddress('127.0.0.1')).toBe('127.0.0.1');
    expect(loopbackAddress('localhost')).toBe('127.0.0.1');
    expect(loopbackAddress('::1')).toBe('::1');
    for (const host of ['0.0.0.0', '::', '192.168.1.10', 'example.com', '127.0.0.2', '']) {
      expect(() => loopbackAddress(host)).toThrow(/loopback/);
    }
  });
});
