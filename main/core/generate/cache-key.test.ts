import { describe, expect, it } from 'vitest';
import { generationCacheKey, type CacheKeyInput } from './cache-key';

const base: CacheKeyInput = {
  provider: 'replicate',
  model: 'kwaivgi/kling-v2.1',
  modelVersion: null,
  sourceImageSha256: 'a'.repeat(64),
  prompt: 'slow dolly-in',
  parameters: { durationSec: 5, aspect: '9:16', motion: 0.5 },
  seed: 7,
};

describe('generationCacheKey', () => {
  it('is a sha256 hex digest that ignores key order and undefined fields', () => {
    const key = generationCacheKey(base);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(generationCacheKey({ ...base, parameters: { motion: 0.5, aspect: '9:16', durationSec: 5, negativePrompt: undefined } })).toBe(key);
  });

  it('changes with every input that shapes the output', () => {
    const key = generationCacheKey(base);
    const variants: Partial<CacheKeyInput>[] = [
      { provider: 'runway' },
      { model: 'minimax/hailuo-02' },
      { modelVersion: 'abc' },
      { sourceImageSha256: 'b'.repeat(64) },
      { prompt: 'orbit' },
      { parameters: { ...base.parameters, durationSec: 10 } },
      { seed: 8 },
      { seed: null },
    ];
    const keys = variants.map((v) => generationCacheKey({ ...base, ...v }));
    expect(new Set([key, ...keys]).size).toBe(variants.length + 1);
  });
});
