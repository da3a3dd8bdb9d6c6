/**
 * How well a key stored with safeStorage is protected on this machine, in words a person can
 * act on (style-anchors §4.3). Pure, so every platform's wording is tested here.
 */
export type LinuxBackend = 'basic_text' | 'gnome_libsecret' | 'kwallet' | 'kwallet5' | 'kwallet6' | 'unknown';

export interface SecretProtection {
  /** 'os': an OS secret store guards the key. 'weak': encrypted with a fixed password (Linux basic_text). 'none': cannot encrypt at all. */
  level: 'os' | 'weak' | 'none';
  /** Where the key lives, for KeyStatusDto.source and the settings screen. */
  description: string;
}

const WEAK_WARNING =
  'Warning: this Linux desktop has no keyring (Electron safeStorage backend "basic_text"), so keys are saved with a built-in password and anyone who can read your user folder can recover them. Install and unlock GNOME Keyring or KWallet, or set the key in an environment variable instead.';

export function secretProtection({ platform, available, linuxBackend }: { platform: NodeJS.Platform; available: boolean; linuxBackend?: LinuxBackend }): SecretProtection {
  if (!available) {
    return { level: 'none', description: 'Keys cannot be saved: the system secret store (safeStorage) is not available. Set the key in an environment variable instead.' };
  }
  if (platform === 'darwin') return { level: 'os', description: 'saved encrypted with a key kept in the macOS Keychain' };
  if (platform === 'win32') return { level: 'os', description: 'saved encrypted with Windows DPAPI (readable by programs running as you, not by other users)' };
  switch (linuxBackend) {
    case 'gnome_libsecret':
      return { level: 'os', description: 'saved encrypted with a key kept in the Secret Service keyring (GNOME Keyring / libsecret)' };
    case 'kwallet':
    case 'kwallet5':
    case 'kwallet6':
      return { level: 'os', description: `saved encrypted with a key kept in KWallet (${linuxBackend})` };
    case 'basic_text':
      return { level: 'weak', description: `saved with basic_text protection only. ${WEAK_WARNING}` };
    default:
      // 'unknown' is what Electron reports before 'ready'; after it, treat as weak rather than pretend.
      return { level: 'weak', description: `saved with an unrecognised protection backend ("${linuxBackend ?? 'unknown'}"); treat it as unprotected. ${WEAK_WARNING}` };
  }
}
