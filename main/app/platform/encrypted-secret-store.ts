import { AppError } from '../../core/shared/app-error';
import { SECRET_ENV_VARS } from '../../core/ports/env-secret-store';
import { Secret, type SecretName, type SecretStore } from '../../core/ports/secret-store';
import type { SecretProtection } from './secret-protection';
import { readSecretsFile, writeSecretsFile } from './secrets-file';

/**
 * Encrypts and decrypts strings. In the app: Electron safeStorage (safe-storage-cipher.ts).
 * Async because Electron 45 deprecates the synchronous safeStorage calls.
 */
export interface StringCipher {
  encrypt(plainText: string): Promise<Buffer>;
  decrypt(encrypted: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }>;
}

export interface EncryptedSecretStoreOptions {
  filePath: string;
  cipher: StringCipher;
  protection: SecretProtection;
  /** A key set in the environment is used when none was saved (the same variables as the CLI). */
  env?: Record<string, string | undefined>;
}

/**
 * The desktop SecretStore (style-anchors §4.3): ciphertext in a small file under the data
 * folder, plaintext only in main's memory for the call that needs it, wrapped in Secret so it
 * cannot be logged. describe() is what the renderer sees as the key's "source": it says how
 * well the key is protected, including the Linux basic_text warning.
 */
export function createEncryptedSecretStore({ filePath, cipher, protection, env = process.env }: EncryptedSecretStoreOptions): SecretStore {
  let saved: Map<string, Buffer> | null = null;
  // One write at a time, so two quick set() calls cannot lose each other's key.
  let writes: Promise<void> = Promise.resolve();
  const load = (): Map<string, Buffer> => (saved ??= readSecretsFile(filePath));
  const envValue = (name: SecretName): string | undefined => env[SECRET_ENV_VARS[name]]?.trim() || undefined;

  const persist = (change: (secrets: Map<string, Buffer>) => void): Promise<void> => {
    const run = writes.then(async () => {
      const next = new Map(load());
      change(next);
      await writeSecretsFile(filePath, next);
      saved = next;
    });
    writes = run.catch(() => undefined);
    return run;
  };

  return {
    async get(name) {
      const encrypted = load().get(name);
      if (encrypted === undefined) {
        const fromEnv = envValue(name);
        return fromEnv === undefined ? null : new Secret(fromEnv);
      }
      let decrypted: { result: string; shouldReEncrypt: boolean };
      try {
        decrypted = await cipher.decrypt(encrypted);
      } catch (err) {
        throw new AppError('IO_ERROR', `the saved ${name} key could not be decrypted (the system keyring may have changed); set the key again`, { secret: name }, { cause: err });
      }
      if (decrypted.shouldReEncrypt) {
        // The OS rotated its key or a stronger backend appeared: store it under the new one.
        const again = await cipher.encrypt(decrypted.result);
        await persist((secrets) => secrets.set(name, again));
      }
      return new Secret(decrypted.result);
    },
    async set(name, value) {
      if (protection.level === 'none') throw new AppError('BAD_INPUT', `The ${name} key was not saved. ${protection.description}`, { secret: name });
      const encrypted = await cipher.encrypt(value);
      await persist((secrets) => secrets.set(name, encrypted));
    },
    async delete(name) {
      if (!load().has(name)) return;
      await persist((secrets) => secrets.delete(name));
    },
    describe(name) {
      if (!load().has(name) && envValue(name) !== undefined) return `the environment variable ${SECRET_ENV_VARS[name]}`;
      return protection.description;
    },
  };
}
