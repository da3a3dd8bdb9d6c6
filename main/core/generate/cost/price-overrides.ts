import { z } from 'zod';
import type { CostEstimate, GenerationRequest, Provider } from '../provider';
import { resolveDuration } from '../providers/model-params';

/**
 * The user's own prices, for when the built-in table (prices.ts) is out of date. Stored in the
 * settings table under PRICE_OVERRIDES_KEY, keyed "provider:model", e.g.
 *   { "replicate:kwaivgi/kling-v2.1": { "type": "per-second", "usdPerSecond": 0.06 } }
 * An override replaces the table for estimates and budget checks; the ledger's actual cost stays
 * what the provider reports (Runway credits, Replicate run time or output seconds).
 */
export const PRICE_OVERRIDES_KEY = 'generation.priceOverrides';

export const PriceOverride = z.discriminatedUnion('type', [
  z.object({ type: z.literal('per-second'), usdPerSecond: z.number().min(0).max(100) }).strict(),
  z.object({ type: z.literal('per-run'), usd: z.number().min(0).max(1000) }).strict(),
  z.object({ type: z.literal('per-1000-characters'), usd: z.number().min(0).max(100) }).strict(),
]);
export type PriceOverride = z.infer<typeof PriceOverride>;

export const PriceOverrides = z.record(z.string().regex(/^(replicate|runway|elevenlabs):\S+$/, 'keys look like "replicate:owner/model"'), PriceOverride);
export type PriceOverrides = z.infer<typeof PriceOverrides>;

const round6 = (n: number): number => Math.round(n * 1e6) / 1e6;

/** Seconds of output the request will be billed for (the model's snapped length), or characters for speech. */
function units(provider: Pick<Provider, 'models'>, request: GenerationRequest): { seconds: number; characters: number } {
  if (request.kind === 'speech') return { seconds: 0, characters: request.text.trim().length };
  if (request.kind !== 'image-to-video') return { seconds: 0, characters: 0 };
  const cap = provider.models.find((m) => m.model === request.model && m.kind === request.kind);
  return { seconds: cap ? resolveDuration(cap, request.durationSec) : request.durationSec, characters: 0 };
}

export function applyPriceOverride(override: PriceOverride, amount: { seconds: number; characters: number }): CostEstimate {
  switch (override.type) {
    case 'per-second':
      return { usd: round6(amount.seconds * override.usdPerSecond), basis: `${amount.seconds} s × $${override.usdPerSecond}/s (your price)`, verified: true };
    case 'per-run':
      return { usd: round6(override.usd), basis: `$${override.usd} per run (your price)`, verified: true };
    case 'per-1000-characters':
      return { usd: round6((amount.characters / 1000) * override.usd), basis: `${amount.characters} characters × $${override.usd}/1000 (your price)`, verified: true };
  }
}

/** The estimate for one request: the user's price when set, else the provider's own table. */
export function estimateRequest(input: { provider: Pick<Provider, 'id' | 'models' | 'estimateCost'>; request: GenerationRequest; overrides?: PriceOverrides }): CostEstimate {
  const override = input.overrides?.[`${input.provider.id}:${input.request.model}`];
  if (override) return applyPriceOverride(override, units(input.provider, input.request));
  return input.provider.estimateCost(input.request);
}
