import { describe, expect, it } from 'vitest';
import { createElevenLabsProvider } from '../../../main/core/generate/providers/elevenlabs/elevenlabs-provider';
import { resolveBaseUrl } from '../../../main/core/generate/providers/endpoints';
import { createReplicateProvider } from '../../../main/core/generate/providers/replicate/replicate-provider';
import { createRunwayProvider } from '../../../main/core/generate/providers/runway/runway-provider';
import { AppError } from '../../../main/core/shared/app-error';
import { secrets } from './helpers';

function refused(make: () => unknown): AppError {
  try {
    make();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return err as AppError;
  }
  throw new Error('expected the base URL to be refused');
}

describe('base URLs', () => {
  const s = secrets({ replicate: 'r8_x1234567', runway: 'key_x1234567', elevenlabs: 'sk_x1234567' });

  it('refuses plain http to a host that is not this machine, for every provider and both ways of setting it', () => {
    expect(refused(() => createReplicateProvider({ secrets: s, baseUrl: 'http://api.example.com/v1' })).code).toBe('BAD_INPUT');
    expect(refused(() => createRunwayProvider({ secrets: s, env: { ADLOOM_RUNWAY_BASE_URL: 'http://10.0.0.5:8080' } })).message).toContain('ADLOOM_RUNWAY_BASE_URL');
    expect(refused(() => createElevenLabsProvider({ secrets: s, env: { ADLOOM_ELEVENLABS_BASE_URL: 'http://127.0.0.1.evil.com' } })).code).toBe('BAD_INPUT');
    expect(refused(() => createReplicateProvider({ secrets: s, baseUrl: 'ftp://127.0.0.1/v1' })).code).toBe('BAD_INPUT');
  });

  it('allows https anywhere and http to loopback; defaults to the real services', () => {
    expect(resolveBaseUrl('replicate', { env: {} })).toBe('https://api.replicate.com/v1');
    expect(resolveBaseUrl('runway', { env: {} })).toBe('https://api.dev.runwayml.com');
    expect(resolveBaseUrl('elevenlabs', { env: { ADLOOM_ELEVENLABS_BASE_URL: 'https://api.eu.residency.elevenlabs.io/' } })).toBe('https://api.eu.residency.elevenlabs.io');
    expect(resolveBaseUrl('replicate', { override: 'http://127.0.0.1:9999' })).toBe('http://127.0.0.1:9999/v1');
    expect(resolveBaseUrl('runway', { override: 'http://[::1]:9999/v1/' })).toBe('http://[::1]:9999');
    expect(resolveBaseUrl('runway', { override: 'http://localhost:9999' })).toBe('http://localhost:9999');
  });
});
