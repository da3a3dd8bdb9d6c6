import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeReplicate, REPLICATE_TEST_KEY } from '../../fakes/fake-replicate';
import { PRICE_OVERRIDES_KEY, PriceOverrides } from '../../../main/core/generate/cost/price-overrides';
import { contractEnv, memorySecretStore, type ContractEnv } from './contract-env';
import { tinyMedia, type TinyMedia } from './tiny-media';

let media: TinyMedia;
beforeAll(async () => {
  media = await tinyMedia();
});

const request = {
  images: [
    { assetId: 'd'.repeat(64), viewType: 'front' },
    { assetId: 'e'.repeat(64), viewType: 'detail' },
  ],
  brief: 'A ceramic travel mug that keeps coffee hot for 12 hours',
  mood: 70,
  platform: 'tiktok',
};

async function projectWithImage(env: ContractEnv): Promise<{ projectId: string; image: string; video: string }> {
  const { summary } = await env.value('projects.create', { name: 'Gen', aspect: '9:16' });
  const { imported } = await env.value('media.import', { projectId: summary.id, sources: [{ path: media.png }, { path: media.mp4 }] });
  return { projectId: summary.id, image: imported[0]?.asset.id as string, video: imported[1]?.asset.id as string };
}

describe('plan.create', () => {
  it('plans scenes offline with the local planner, one result per variation', async () => {
    const env = contractEnv();
    const results = await env.value('plan.create', { request, variations: 2 });
    expect(results.map((r) => [r.variation, r.source])).toEqual([
      [0, 'local'],
      [1, 'local'],
    ]);
    expect(results[0]?.plan.platform).toBe('tiktok');
    const used = new Set(results[0]?.plan.scenes.map((s) => s.assetId));
    expect([...used].sort()).toEqual(request.images.map((i) => i.assetId).sort());
  });
});

describe('plan.create with a Replicate key', () => {
  let fake: FakeReplicate;
  beforeEach(async () => {
    fake = await FakeReplicate.start();
  });
  afterEach(() => fake.close());

  async function llmEnv(): Promise<ContractEnv> {
    const secrets = memorySecretStore();
    await secrets.set('replicate', REPLICATE_TEST_KEY);
    return contractEnv({ secrets, env: { ADLOOM_REPLICATE_BASE_URL: fake.baseUrl } });
  }

  it('plans through the LLM on the key and says so', async () => {
    const env = await llmEnv();
    const [front, detail] = request.images.map((i) => i.assetId);
    fake.llmReply = JSON.stringify({
      hook: 'Hot for 12 hours',
      cta: 'Shop the mug',
      scenes: [
        { assetId: front, viewType: 'front', prompt: 'Mug on a desk, fast push-in', cameraMove: 'push-in', intensity: 0.8, durationMs: 4000, overlayText: 'Hot for 12 h' },
        { assetId: detail, viewType: 'detail', prompt: 'Macro of the lid, orbit', cameraMove: 'pan-left', intensity: 0.7, durationMs: 4000, overlayText: 'Shop the mug' },
      ],
    });
    const [result] = await env.value('plan.create', { request });
    expect(result?.source).toBe('llm');
    expect(result?.plan.hook).toBe('Hot for 12 hours');
    expect(result?.plan.scenes.map((s) => s.assetId)).toEqual([front, detail]);
    expect(fake.createCalls()).toBe(1);
  });

  it('falls back to the local planner on unusable replies, with the reason', async () => {
    const env = await llmEnv();
    fake.llmReply = 'I cannot help with that.';
    const [result] = await env.value('plan.create', { request });
    expect(result?.source).toBe('local-fallback');
    expect(result?.reason).toEqual(expect.any(String));
    expect(result?.plan.scenes.length).toBeGreaterThan(0);
  });
});

describe('generate.estimate', () => {
  it('is free for draft motion', async () => {
    const env = contractEnv();
    const { projectId, image } = await projectWithImage(env);
    const estimate = await env.value('generate.estimate', { projectId, provider: 'draft', scenes: [{ assetId: image, durationMs: 3000 }] });
    expect(estimate).toEqual({
      totalUsd: 0,
      verified: true,
      items: [{ assetId: image, usd: 0, basis: 'draft motion runs locally with FFmpeg: free', verified: true, cached: false }],
      budgetUsd: null,
      committedUsd: 0,
      remainingUsd: null,
      withinBudget: true,
    });
  });

  it("prices paid scenes with the provider adapter's own rules (Runway gen4_turbo: 5 credits/s)", async () => {
    const env = contractEnv();
    const { projectId, image } = await projectWithImage(env);
    const estimate = await env.value('generate.estimate', {
      projectId,
      provider: 'runway',
      model: 'gen4_turbo',
      scenes: [
        { assetId: image, durationMs: 5000 },
        { assetId: image, durationMs: 3000 },
      ],
    });
    expect(estimate.items.map((i) => i.usd)).toEqual([0.25, 0.15]);
    expect(estimate.totalUsd).toBe(0.4);
    expect(estimate.verified).toBe(true);
  });

  it("counts the user's price overrides and the project's budget", async () => {
    const env = contractEnv();
    const { projectId, image } = await projectWithImage(env);
    env.store.settings.set(PRICE_OVERRIDES_KEY, PriceOverrides, { 'runway:gen4_turbo': { type: 'per-second', usdPerSecond: 0.1 } });
    await env.value('settings.set', { patch: { projectBudgetUsd: 0.3 } });
    const estimate = await env.value('generate.estimate', { projectId, provider: 'runway', model: 'gen4_turbo', scenes: [{ assetId: image, durationMs: 5000 }] });
    expect(estimate).toMatchObject({ totalUsd: 0.5, budgetUsd: 0.3, committedUsd: 0, remainingUsd: 0.3, withinBudget: false });
    const refused = await env.error('generate.start', { projectId, provider: 'runway', model: 'gen4_turbo', scenes: [{ assetId: image, durationMs: 5000 }] });
    expect(refused.code).toBe('BUDGET_EXCEEDED');
    expect(env.store.jobs.listForProject(projectId)).toEqual([]);
  });

  it('maps errors: unknown asset NOT_FOUND, a video as source or an unknown model BAD_INPUT', async () => {
    const env = contractEnv();
    const { projectId, video, image } = await projectWithImage(env);
    const scene = (assetId: string) => [{ assetId, durationMs: 5000 }];
    expect((await env.error('generate.estimate', { projectId, provider: 'draft', scenes: scene('f'.repeat(64)) })).code).toBe('NOT_FOUND');
    expect((await env.error('generate.estimate', { projectId, provider: 'draft', scenes: scene(video) })).code).toBe('BAD_INPUT');
    expect((await env.error('generate.estimate', { projectId, provider: 'runway', model: 'no-such-model', scenes: scene(image) })).code).toBe('BAD_INPUT');
  });
});
