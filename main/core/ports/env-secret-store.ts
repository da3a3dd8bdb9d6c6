import { AppError } from '../shared/app-error';
import { Secret, type SecretName, type SecretStore } from './secret-store';

/** The variables the vendors' own SDKs and docs use, so existing setups just work. */
export const SECRET_ENV_VARS: Record<SecretName, string> = {
  replicate: 'REPLICATE_API_TOKEN',
  runway: 'RUNWAYML_API_SECRET',
  elevenlabs: 'ELEVENLABS_API_KEY',
};

/**
 * Keys from environment variables (CLI and browser mode). Read on every call so a test or a
 * long-running server sees changes. Read-only: writing keys to the environment would not
 * survive the process, so set/delete explain where keys come from instead.
 */
export function createEnvSecretStore(env: Record<string, string | undefined> = process.env): SecretStore {
  const describe = (name: SecretName): string => `the environment variable ${SECRET_ENV_VARS[name]}`;
  const readOnly = (name: SecretName): Promise<never> =>
    Promise.reject(
      new AppError('BAD_INPUT', `Keys cannot be saved in this mode: the ${name} key is read from ${describe(name)}. Set it there and restart.`, {
        secret: name,
      }),
    );
  return {
    get: (name) => {
      const value = env[SECRET_ENV_VARS[name]]?.trim();
      return Promise.resolve(value ? new Secret(value) : null);
    },
    set: (name) => readOnly(name),
    delete: (name) => readOnly(name),
    describe,
  };
}
