import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createEnvSecretStore } from './env-secret-store';
import { Secret } from './secret-store';

describe('Secret and the env store', () => {
  it('never prints the wrapped key', () => {
    const s = new Secret('r8_topsecretvalue');
    expect(`${s}`).toBe('[redacted]');
    expect(JSON.stringify({ s })).toBe('{"s":"[redacted]"}');
    expect(inspect({ s })).not.toContain('topsecret');
    expect(s.reveal()).toBe('r8_topsecretvalue');
  });

  it('reads the vendor variables, trims them, and is read-only', async () => {
    const store = createEnvSecretStore({ REPLICATE_API_TOKEN: ' r8_abc ', RUNWAYML_API_SECRET: '' });
    expect((await store.get('replicate'))?.reveal()).toBe('r8_abc');
    expect(await store.get('runway')).toBeNull();
    expect(await store.get('elevenlabs')).toBeNull();
    expect(store.describe('elevenlabs')).toBe('the environment variable ELEVENLABS_API_KEY');
    await expect(store.set('runway', 'x')).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });
});
