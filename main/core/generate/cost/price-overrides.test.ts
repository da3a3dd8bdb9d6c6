import { describe, expect, it } from 'vitest';
import type { CostEstimate, GenerationRequest, ModelCapabilities, Provider } from '../provider';
import { applyPriceOverride, estimateRequest, PriceOverrides } from './price-overrides';

const kling: ModelCapabilities = {
  provider: 'replicate', model: 'kwaivgi/kling-v2.1', label: 'Kling', kind: 'image-to-video', durations: { values: [5, 10] },
  inputs: { image: 'required', prompt: 'required' }, priceNote: '',
};
const table: CostEstimate = { usd: 0.25, basis: 'table', verified: false };
const provider: Pick<Provider, 'id' | 'models' | 'estimateCost'> = { id: 'replicate', models: [kling], estimateCost: () => table };
const request: GenerationRequest = { kind: 'image-to-video', model: 'kwaivgi/kling-v2.1', imagePath: '/x.png', durationSec: 6, aspect: '9:16', prompt: 'p' };

describe('price overrides', () => {
  it('uses the provider table when no override is set', () => {
    expect(estimateRequest({ provider, request })).toEqual(table);
    expect(estimateRequest({ provider, request, overrides: { 'runway:gen4_turbo': { type: 'per-run', usd: 1 } } })).toEqual(table);
  });

  it('bills the model’s snapped length under a per-second override', () => {
    expect(estimateRequest({ provider, request, overrides: { 'replicate:kwaivgi/kling-v2.1': { type: 'per-second', usdPerSecond: 0.06 } } })).toEqual({
      usd: 0.6, basis: '10 s × $0.06/s (your price)', verified: true,
    });
  });

  it('supports per-run and per-1000-characters prices', () => {
    expect(applyPriceOverride({ type: 'per-run', usd: 0.4 }, { seconds: 5, characters: 0 }).usd).toBe(0.4);
    expect(applyPriceOverride({ type: 'per-1000-characters', usd: 0.3 }, { seconds: 0, characters: 500 }).usd).toBe(0.15);
  });

  it('validates the stored shape', () => {
    expect(PriceOverrides.safeParse({ 'replicate:a/b': { type: 'per-second', usdPerSecond: 0.1 } }).success).toBe(true);
    expect(PriceOverrides.safeParse({ 'nope:a/b': { type: 'per-second', usdPerSecond: 0.1 } }).success).toBe(false);
    expect(PriceOverrides.safeParse({ 'runway:gen4_turbo': { type: 'per-second', usdPerSecond: -1 } }).success).toBe(false);
  });
});
