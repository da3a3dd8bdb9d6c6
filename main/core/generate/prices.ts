import { AppError } from '../shared/app-error';
import type { CostEstimate, ProviderId } from './provider';

/**
 * Price table for the models the adapters offer. Prices change often: every entry says where it
 * comes from and when it was read; `verified: false` marks numbers not confirmed by a
 * first-party source (❓ in docs/api-protocols.md). Runway and Replicate also report the real
 * charge after the fact (cost.credits, metrics.predict_time), which the ledger should prefer.
 */
export type PriceRule =
  /** Replicate hardware billing: seconds of compute × hardware price. */
  | { type: 'compute-seconds'; usdPerSecond: number; hardware: string; typicalSeconds: number; verified: boolean; source: string }
  /** Per second of output video; `variants` by mode/resolution, `default` when none given. */
  | { type: 'output-seconds'; usdPerSecond: Record<string, number>; verified: boolean; source: string }
  /** Runway credits per second of video ($0.01 each); `withAudio` for models where audio costs more. */
  | { type: 'credits-per-second'; credits: number; withAudio?: number; verified: boolean; source: string }
  /** Runway credits per image by output resolution. */
  | { type: 'credits-per-image'; credits: Record<'720p' | '1080p', number>; verified: boolean; source: string }
  | { type: 'tokens'; usdPerMillionInput: number; usdPerMillionOutput: number; verified: boolean; source: string }
  | { type: 'characters'; usdPerThousand: number; verified: boolean; source: string };

/** 📄 Runway pricing guide via runwayml/skills (April 2026): one credit is $0.01. */
export const RUNWAY_CREDIT_USD = 0.01;

// Replicate A100 (80GB): $0.001400/s ($5.04/h), replicate.com/pricing as read 2025; not re-checked 2026-11-22.
const A100_80GB_USD_PER_S = 0.0014;

const PRICES: Record<string, PriceRule> = {
  // SVD is a community model billed by compute time; ~65 s per 25-frame run per its model page (2024) ❓.
  'replicate:stability-ai/stable-video-diffusion': {
    type: 'compute-seconds', usdPerSecond: A100_80GB_USD_PER_S, hardware: 'Nvidia A100 (80GB)', typicalSeconds: 65, verified: false,
    source: 'replicate.com/pricing (hardware), model page run time; read 2025, unverified 2026-11-22',
  },
  // Official models are billed per second of output; numbers from the model pages (2025) ❓.
  'replicate:kwaivgi/kling-v2.1': {
    type: 'output-seconds', usdPerSecond: { standard: 0.05, pro: 0.09, default: 0.05 }, verified: false,
    source: 'replicate.com/kwaivgi/kling-v2.1 pricing section, read 2025, unverified 2026-11-22',
  },
  'replicate:minimax/hailuo-02': {
    type: 'output-seconds', usdPerSecond: { '512p': 0.017, '768p': 0.045, '1080p': 0.08, default: 0.08 }, verified: false,
    source: 'replicate.com/minimax/hailuo-02 pricing section, read 2025, unverified 2026-11-22',
  },
  'replicate:wan-video/wan-2.5-i2v': {
    type: 'output-seconds', usdPerSecond: { '480p': 0.05, '720p': 0.1, '1080p': 0.15, default: 0.1 }, verified: false,
    source: 'replicate.com/wan-video/wan-2.5-i2v pricing section, read 2025, unverified 2026-11-22',
  },
  // 📄 Replicate billing doc example: $9.50 per million tokens, input and output alike (2026-11-22).
  'replicate:meta/meta-llama-3.1-405b-instruct': {
    type: 'tokens', usdPerMillionInput: 9.5, usdPerMillionOutput: 9.5, verified: true,
    source: 'replicate.com/meta/meta-llama-3.1-405b-instruct + billing docs, read 2026-11-22',
  },
  // 📄 Runway skills reference (April 2026), api-protocols.md §1.12.
  'runway:gen4_turbo': { type: 'credits-per-second', credits: 5, verified: true, source: 'Runway skills pricing, April 2026' },
  'runway:gen4.5': { type: 'credits-per-second', credits: 12, verified: true, source: 'Runway skills pricing, April 2026' },
  'runway:veo3.1': { type: 'credits-per-second', credits: 20, withAudio: 40, verified: true, source: 'Runway skills pricing, April 2026 (20–40/s)' },
  'runway:veo3.1_fast': { type: 'credits-per-second', credits: 10, withAudio: 15, verified: true, source: 'Runway skills pricing, April 2026 (10–15/s)' },
  'runway:gen4_image': { type: 'credits-per-image', credits: { '720p': 5, '1080p': 8 }, verified: true, source: 'Runway skills pricing, April 2026' },
  'runway:gen4_image_turbo': { type: 'credits-per-image', credits: { '720p': 2, '1080p': 2 }, verified: true, source: 'Runway skills pricing, April 2026' },
  // ElevenLabs bills characters against a plan; $ per 1000 characters is the Creator plan's
  // 100k credits for $22 (multilingual: 1 credit/char; flash/turbo: 0.5) — elevenlabs.io/pricing, 2025 ❓.
  'elevenlabs:eleven_multilingual_v2': { type: 'characters', usdPerThousand: 0.22, verified: false, source: 'elevenlabs.io/pricing (Creator), read 2025' },
  'elevenlabs:eleven_v3': { type: 'characters', usdPerThousand: 0.22, verified: false, source: 'elevenlabs.io/pricing (Creator), read 2025' },
  'elevenlabs:eleven_flash_v2_5': { type: 'characters', usdPerThousand: 0.11, verified: false, source: 'elevenlabs.io/pricing (Creator, 0.5 credit/char), read 2025' },
  'elevenlabs:eleven_turbo_v2_5': { type: 'characters', usdPerThousand: 0.11, verified: false, source: 'elevenlabs.io/pricing (Creator, 0.5 credit/char), read 2025' },
};

export function priceRule(provider: ProviderId, model: string): PriceRule {
  const rule = PRICES[`${provider}:${model}`];
  if (!rule) throw new AppError('BAD_INPUT', `No price is known for ${provider} model "${model}"; it cannot be offered.`, { provider, model, retryable: false });
  return rule;
}

/** What a request is billed on; each rule reads the fields it needs. */
export interface BillableUnits {
  outputSeconds?: number;
  /** Mode or resolution for output-seconds rules. */
  variant?: string;
  withAudio?: boolean;
  resolution?: '720p' | '1080p';
  images?: number;
  computeSeconds?: number;
  inputTokens?: number;
  outputTokens?: number;
  characters?: number;
}

const round6 = (n: number): number => Math.round(n * 1e6) / 1e6;

/** Cost of given units under a rule. Missing units fall back to the rule's typical values. */
export function costOf(rule: PriceRule, units: BillableUnits): CostEstimate {
  const seconds = units.outputSeconds ?? 0;
  switch (rule.type) {
    case 'compute-seconds': {
      const s = units.computeSeconds ?? rule.typicalSeconds;
      return { usd: round6(s * rule.usdPerSecond), basis: `${s} s of ${rule.hardware} × $${rule.usdPerSecond}/s`, verified: rule.verified };
    }
    case 'output-seconds': {
      const key = units.variant !== undefined && units.variant in rule.usdPerSecond ? units.variant : 'default';
      const rate = rule.usdPerSecond[key] ?? 0;
      return { usd: round6(seconds * rate), basis: `${seconds} s × $${rate}/s (${key})`, verified: rule.verified };
    }
    case 'credits-per-second': {
      const credits = units.withAudio && rule.withAudio !== undefined ? rule.withAudio : rule.credits;
      return { usd: round6(seconds * credits * RUNWAY_CREDIT_USD), basis: `${seconds} s × ${credits} credits/s × $${RUNWAY_CREDIT_USD}`, verified: rule.verified };
    }
    case 'credits-per-image': {
      const res = units.resolution ?? '1080p';
      const n = units.images ?? 1;
      const credits = rule.credits[res];
      return { usd: round6(n * credits * RUNWAY_CREDIT_USD), basis: `${n} image × ${credits} credits (${res}) × $${RUNWAY_CREDIT_USD}`, verified: rule.verified };
    }
    case 'tokens': {
      const inT = units.inputTokens ?? 0;
      const outT = units.outputTokens ?? 0;
      const usd = (inT * rule.usdPerMillionInput + outT * rule.usdPerMillionOutput) / 1e6;
      return { usd: round6(usd), basis: `${inT} input + ${outT} output tokens × $${rule.usdPerMillionInput}/M`, verified: rule.verified };
    }
    case 'characters': {
      const chars = units.characters ?? 0;
      return { usd: round6((chars / 1000) * rule.usdPerThousand), basis: `${chars} characters × $${rule.usdPerThousand}/1000`, verified: rule.verified };
    }
  }
}

/** Runway reports credits; this is the only conversion to dollars. */
export function runwayCreditsToUsd(credits: number): number {
  return round6(credits * RUNWAY_CREDIT_USD);
}
