/**
 * What core needs to read API keys. Implementations: environment variables (CLI and browser
 * mode, ./env-secret-store) and, later, Electron safeStorage in main/app. Keys never leave main.
 */
export const SECRET_NAMES = ['replicate', 'runway', 'elevenlabs'] as const;
export type SecretName = (typeof SECRET_NAMES)[number];

const REDACTED = '[redacted]';

/**
 * A key wrapped so that logging, string interpolation or JSON of the wrapper never prints it.
 * Only `reveal()` gives the value, and only provider adapters call it (to hand it to an SDK).
 */
export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  reveal(): string {
    return this.#value;
  }

  toString(): string {
    return REDACTED;
  }

  toJSON(): string {
    return REDACTED;
  }

  // util.inspect (console.log, vitest diffs) looks this symbol up; no node:util import needed.
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `Secret(${REDACTED})`;
  }
}

export interface SecretStore {
  /** The key, or null when none is set. */
  get(name: SecretName): Promise<Secret | null>;
  /** Stores a key (encrypted by the implementation). Read-only stores reject with BAD_INPUT. */
  set(name: SecretName, value: string): Promise<void>;
  delete(name: SecretName): Promise<void>;
  /** Where a person sets this key, for messages, e.g. "the environment variable REPLICATE_API_TOKEN". */
  describe(name: SecretName): string;
}
