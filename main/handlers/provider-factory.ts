import type { Provider, ProviderId } from '../core/generate/provider';
import { createElevenLabsProvider } from '../core/generate/providers/elevenlabs/elevenlabs-provider';
import type { ProviderDeps } from '../core/generate/providers/provider-deps';
import { createReplicateProvider } from '../core/generate/providers/replicate/replicate-provider';
import { createRunwayProvider } from '../core/generate/providers/runway/runway-provider';

/**
 * One adapter per provider, made on first use with the app's secret store and environment
 * (ADLOOM_*_BASE_URL points tests at fake servers).
 */
export function createProviderFactory(deps: ProviderDeps): (id: ProviderId) => Provider {
  const made = new Map<ProviderId, Provider>();
  const create = (id: ProviderId): Provider => {
    if (id === 'replicate') return createReplicateProvider(deps);
    if (id === 'runway') return createRunwayProvider(deps);
    return createElevenLabsProvider(deps);
  };
  return (id) => {
    const existing = made.get(id);
    if (existing) return existing;
    const provider = create(id);
    made.set(id, provider);
    return provider;
  };
}
