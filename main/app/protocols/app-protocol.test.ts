import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../security/csp';
import { createAppProtocolHandler } from './app-protocol';

let tmp: string;
let rootDir: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'adloom-app-protocol-'));
  rootDir = path.join(tmp, 'renderer');
  fs.mkdirSync(path.join(rootDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rootDir, 'index.html'), '<!doctype html><title>Adloom</title>');
  fs.writeFileSync(path.join(rootDir, 'assets', 'main.js'), 'console.log(1);');
  fs.writeFileSync(path.join(tmp, 'secret.txt'), 'outside the bundle');
  fs.symlinkSync(path.join(tmp, 'secret.txt'), path.join(rootDir, 'assets', 'link.txt'));
});

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const get = (url: string, method = 'GET'): Promise<Response> => createAppProtocolHandler({ rootDir })(new Request(url, { method }));

describe('app:// handler', () => {
  it('serves index.html for the root with its type and the CSP header', async () => {
    const res = await get('app://adloom/');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('<!doctype html><title>Adloom</title>');
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves bundle files with their content type', async () => {
    const res = await get('app://adloom/assets/main.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await res.text()).toBe('console.log(1);');
  });

  it('answers HEAD without a body', async () => {
    const res = await get('app://adloom/assets/main.js', 'HEAD');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBe('15');
    expect(await res.text()).toBe('');
  });

  it('refuses traversal, symlinks leading out, missing files and folders', async () => {
    expect((await get('app://adloom/assets/..%2f..%2fsecret.txt')).status).toBe(404);
    const viaLink = await get('app://adloom/assets/link.txt');
    expect(viaLink.status).toBe(404);
    expect(await viaLink.text()).not.toContain('outside the bundle');
    expect((await get('app://adloom/nope.js')).status).toBe(404);
    expect((await get('app://adloom/assets')).status).toBe(404);
  });

  it('refuses writes', async () => {
    const res = await createAppProtocolHandler({ rootDir })(new Request('app://adloom/index.html', { method: 'POST', body: 'x' }));
    expect(res.status).toBe(405);
  });
});
