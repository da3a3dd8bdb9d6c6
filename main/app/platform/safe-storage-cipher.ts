import { safeStorage } from 'electron';
import type { StringCipher } from './encrypted-secret-store';
import { secretProtection, type SecretProtection } from './secret-protection';

/**
 * safeStorage behind StringCipher, using the async API: Electron 45 marks encryptString,
 * decryptString and isEncryptionAvailable deprecated in favour of the *Async variants.
 * Only valid after app 'ready' (before it, Linux reports the backend as "unknown").
 */
export const safeStorageCipher: StringCipher = {
  encrypt: (plainText) => safeStorage.encryptStringAsync(plainText),
  decrypt: (encrypted) => safeStorage.decryptStringAsync(encrypted),
};

export async function detectSecretProtection(): Promise<SecretProtection> {
  const available = await safeStorage.isAsyncEncryptionAvailable();
  const linuxBackend = process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : undefined;
  return secretProtection({ platform: process.platform, available, ...(linuxBackend === undefined ? {} : { linuxBackend }) });
}
