import path from 'node:path';
import type { Provider, ProviderId, SpeechProvider } from '../provider';
import { createElevenLabsProvider } from './elevenlabs/elevenlabs-provider';
import type { ProviderDeps } from './provider-deps';
import { createReplicateProvider } from './replicate/replicate-provider';
import { createRunwayProvider } from './runway/runway-provider';

export interface Providers {
  replicate: Provider;
  runway: Provider;
  elevenlabs: SpeechProvider;
}

export interface CreateProvidersOptions extends Omit<ProviderDeps, 'baseUrl' | 'workDir'> {
  /** Per-provider API roots (tests); otherwise ADLOOM_*_BASE_URL from `env`, otherwise the real services. */
  baseUrls?: Partial<Record<ProviderId, string>>;
  /** The app's data folder; ElevenLabs stages finished audio under <dataDir>/staging/elevenlabs. */
  dataDir?: string;
}

/**
 * All remote providers, sharing one key store, logger and timeouts. Base URLs are checked
 * here, so a plain-http URL to another machine fails at startup rather than at the first call.
 */
export function createProviders(opts: CreateProvidersOptions): Providers {
  const { baseUrls = {}, dataDir, ...shared } = opts;
  const url = (id: ProviderId): { baseUrl?: string } => (baseUrls[id] !== undefined ? { baseUrl: baseUrls[id] } : {});
  return {
    replicate: createReplicateProvider({ ...shared, ...url('replicate') }),
    runway: createRunwayProvider({ ...shared, ...url('runway') }),
    elevenlabs: createElevenLabsProvider({ ...shared, ...url('elevenlabs'), ...(dataDir ? { workDir: path.join(dataDir, 'staging', 'elevenlabs') } : {}) }),
  };
}
