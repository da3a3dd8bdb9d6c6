import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEncryptedSecretStore, type StringCipher } from './encrypted-secret-store';
import { secretProtection } from './secret-protection';

/**
 * safeStorage needs a running Electron and an OS keyring, neither of which exists here. This
 * cipher is reversible and versioned ("v1:"/"v2:") so the tests can see what the store does
 * with ciphertext, including the re-encrypt path; it is not a stand-in for its strength.
 */
class VersionedXorCipher implements StringCipher {
  version = 1;
  async encrypt(plainText: string): Promise<Buffer> {
    return Buffer.concat([Buffer.from(`v${this.version}:`), Buffer.from(plainText).map((b) => b ^ 0x5a)]);
  }
  async decrypt(encrypted: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }> {
    const text = encrypted.toString('latin1');
    const match = /^v(\d+):/.exec(text);
    if (match === null) throw new Error('not our ciphertext');
    const body = encrypted.subarray(match[0].length).map((b) => b ^ 0x5a);
    return { result: Buffer.from(body).toString(), shouldReEncrypt: Number(match[1]) !== this.version };
  }
}

const KEY = 'r8_abcdefghijklmnopqrstuvwxyz0123456789';
const macos = secretProtection({ platform: 'darwin', available: true });
let dir: string;
let filePath: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adloom-secrets-'));
  filePath = path.join(dir, 'secrets.json');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('encrypted secret store', () => {
  it('saves only ciphertext, owner-readable, and gives the key back wrapped', async () => {
    const store = createEncryptedSecretStore({ filePath, cipher: new VersionedXorCipher(), protection: macos, env: {} });
    expect(await store.get('replicate')).toBeNull();
    await store.set('replicate', KEY);
    const onDisk = fs.readFileSync(filePath, 'utf8');
    expect(onDisk).not.toContain(KEY);
    expect(Object.keys(JSON.parse(onDisk).secrets)).toEqual(['replicate']);
    if (process.platform !== 'win32') expect(fs.statSync(filePath).mode & 0o777).toBe(0o600);
    const secret = await store.get('replicate');
    expect(secret?.reveal()).toBe(KEY);
    expect(JSON.stringify({ secret })).toBe('{"secret":"[redacted]"}');
    expect(store.describe('replicate')).toBe('saved encrypted with a key kept in the macOS Keychain');
  });

  it('reads keys saved by an earlier run and forgets them on delete', async () => {
    const cipher = new VersionedXorCipher();
    await createEncryptedSecretStore({ filePath, cipher, protection: macos, env: {} }).set('runway', KEY);
    const later = createEncryptedSecretStore({ filePath, cipher, protection: macos, env: {} });
    expect((await later.get('runway'))?.reveal()).toBe(KEY);
    await later.delete('runway');
    expect(await later.get('runway')).toBeNull();
    expect(JSON.parse(fs.readFileSync(filePath, 'utf8'))).toEqual({ version: 1, secrets: {} });
  });

  it('re-encrypts when safeStorage says the key was rotated', async () => {
    const cipher = new VersionedXorCipher();
    const store = createEncryptedSecretStore({ filePath, cipher, protection: macos, env: {} });
    await store.set('elevenlabs', KEY);
    cipher.version = 2;
    expect((await store.get('elevenlabs'))?.reveal()).toBe(KEY);
    const stored = Buffer.from(JSON.parse(fs.readFileSync(filePath, 'utf8')).secrets.elevenlabs, 'base64');
    expect(stored.subarray(0, 3).toString()).toBe('v2:');
  });

  it('keeps both keys when two are set at once', async () => {
    const store = createEncryptedSecretStore({ filePath, cipher: new VersionedXorCipher(), protection: macos, env: {} });
    await Promise.all([store.set('replicate', `${KEY}1`), store.set('runway', `${KEY}2`)]);
    const fresh = createEncryptedSecretStore({ filePath, cipher: new VersionedXorCipher(), protection: macos, env: {} });
    expect((await fresh.get('replicate'))?.reveal()).toBe(`${KEY}1`);
    expect((await fresh.get('runway'))?.reveal()).toBe(`${KEY}2`);
  });

  it('falls back to the environment variable and says so', async () => {
    const store = createEncryptedSecretStore({ filePath, cipher: new VersionedXorCipher(), protection: macos, env: { REPLICATE_API_TOKEN: ` ${KEY} ` } });
    expect((await store.get('replicate'))?.reveal()).toBe(KEY);
    expect(store.describe('replicate')).toBe('the environment variable REPLICATE_API_TOKEN');
    await store.set('replicate', 'saved-key-123');
    expect((await store.get('replicate'))?.reveal()).toBe('saved-key-123');
    expect(store.describe('replicate')).toBe('saved encrypted with a key kept in the macOS Keychain');
  });

  it('passes the basic_text warning to whoever shows the key status', async () => {
    const weak = secretProtection({ platform: 'linux', available: true, linuxBackend: 'basic_text' });
    const store = createEncryptedSecretStore({ filePath, cipher: new VersionedXorCipher(), protection: weak, env: {} });
    await store.set('runway', KEY);
    expect(store.describe('runway')).toContain('basic_text');
  });

  it('refuses to save when no encryption is available, and writes nothing', async () => {
    const none = secretProtection({ platform: 'linux', available: false });
    const store = createEncryptedSecretStore({ filePath, cipher: new VersionedXorCipher(), protection: none, env: {} });
    await expect(store.set('replicate', KEY)).rejects.toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('The replicate key was not saved.') });
    expect(fs.existsSync(filePath)).toBe(false);
  });

  it('names the file when it is damaged or the ciphertext no longer decrypts', async () => {
    fs.writeFileSync(filePath, '{"version":1,"secrets":{"replicate":"!!"}}');
    const damaged = createEncryptedSecretStore({ filePath, cipher: new VersionedXorCipher(), protection: macos, env: {} });
    await expect(damaged.get('replicate')).rejects.toMatchObject({ code: 'IO_ERROR', message: `the saved keys in ${filePath} are damaged; delete that file and set your keys again` });

    fs.writeFileSync(filePath, JSON.stringify({ version: 1, secrets: { replicate: Buffer.from('garbage').toString('base64') } }));
    const undecryptable = createEncryptedSecretStore({ filePath, cipher: new VersionedXorCipher(), protection: macos, env: {} });
    await expect(undecryptable.get('replicate')).rejects.toMatchObject({ code: 'IO_ERROR', message: expect.stringContaining('the saved replicate key could not be decrypted') });
  });
});
