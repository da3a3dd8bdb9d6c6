import { describe, expect, it } from 'vitest';
import { costOf, priceRule, runwayCreditsToUsd } from './prices';

describe('price table', () => {
  it('prices Runway by credits per second at $0.01 a credit, with the audio rate where it differs', () => {
    expect(costOf(priceRule('runway', 'gen4_turbo'), { outputSeconds: 5 })).toEqual({ usd: 0.25, basis: '5 s × 5 credits/s × $0.01', verified: true });
    expect(costOf(priceRule('runway', 'veo3.1'), { outputSeconds: 8, withAudio: true }).usd).toBe(3.2);
    expect(costOf(priceRule('runway', 'gen4_image'), { resolution: '720p' }).usd).toBe(0.05);
    expect(runwayCreditsToUsd(25)).toBe(0.25);
  });

  it('prices Replicate by compute time, by output seconds per variant, and by tokens', () => {
    expect(costOf(priceRule('replicate', 'stability-ai/stable-video-diffusion'), { computeSeconds: 10 }).usd).toBe(0.014);
    expect(costOf(priceRule('replicate', 'stability-ai/stable-video-diffusion'), {}).usd).toBe(0.091);
    expect(costOf(priceRule('replicate', 'kwaivgi/kling-v2.1'), { outputSeconds: 10, variant: 'pro' }).usd).toBe(0.9);
    expect(costOf(priceRule('replicate', 'minimax/hailuo-02'), { outputSeconds: 6, variant: 'unknown' }).basis).toBe('6 s × $0.08/s (default)');
    expect(costOf(priceRule('replicate', 'meta/meta-llama-3.1-405b-instruct'), { inputTokens: 8, outputTokens: 43 }).usd).toBe(0.000485);
  });

  it('prices ElevenLabs per character and refuses unknown models', () => {
    expect(costOf(priceRule('elevenlabs', 'eleven_flash_v2_5'), { characters: 2000 }).usd).toBe(0.22);
    expect(() => priceRule('runway', 'gen3a_turbo')).toThrow(/No price is known/);
  });
});
