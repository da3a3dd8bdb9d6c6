import { describe, expect, it } from 'vitest';
import { secretProtection } from './secret-protection';

describe('secretProtection', () => {
  it('names the OS store on macOS, Windows and Linux keyrings', () => {
    expect(secretProtection({ platform: 'darwin', available: true })).toEqual({ level: 'os', description: 'saved encrypted with a key kept in the macOS Keychain' });
    expect(secretProtection({ platform: 'win32', available: true })).toEqual({
      level: 'os',
      description: 'saved encrypted with Windows DPAPI (readable by programs running as you, not by other users)',
    });
    expect(secretProtection({ platform: 'linux', available: true, linuxBackend: 'gnome_libsecret' }).level).toBe('os');
    expect(secretProtection({ platform: 'linux', available: true, linuxBackend: 'kwallet6' })).toEqual({ level: 'os', description: 'saved encrypted with a key kept in KWallet (kwallet6)' });
  });

  it('tells the user plainly when Linux only has basic_text', () => {
    const weak = secretProtection({ platform: 'linux', available: true, linuxBackend: 'basic_text' });
    expect(weak.level).toBe('weak');
    expect(weak.description).toContain('basic_text');
    expect(weak.description).toContain('anyone who can read your user folder can recover them');
    expect(weak.description).toContain('GNOME Keyring or KWallet');
  });

  it('does not claim protection for a backend it does not know', () => {
    expect(secretProtection({ platform: 'linux', available: true, linuxBackend: 'unknown' }).level).toBe('weak');
    expect(secretProtection({ platform: 'freebsd', available: true }).level).toBe('weak');
  });

  it('says keys cannot be saved when encryption is unavailable', () => {
    expect(secretProtection({ platform: 'linux', available: false, linuxBackend: 'basic_text' })).toEqual({
      level: 'none',
      description: 'Keys cannot be saved: the system secret store (safeStorage) is not available. Set the key in an environment variable instead.',
    });
  });
});
