import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImageToVideoRequest, Provider } from '../../../main/core/generate/provider';
import { llmComplete } from '../../../main/core/generate/providers/llm-complete';
import { pollUntilDone } from '../../../main/core/generate/providers/poll-until-done';
import { createReplicateProvider, type ReplicateDeps } from '../../../main/core/generate/providers/replicate/replicate-provider';
import { FakeReplicate, REPLICATE_TEST_KEY } from '../../fakes/fake-replicate';
import { makeTestImage } from '../../fakes/tiny-media';
import { fourImages, probeImageBytes, probeStream, rejectsWith, secrets, tempDir } from './helpers';

let fake: FakeReplicate;
let dir: string;

beforeEach(async () => {
  fake = await FakeReplicate.start();
  fake.http.latencyMs = 10;
  dir = await tempDir();
});
afterEach(() => fake.close());

function provider(over: Partial<ReplicateDeps> = {}, key = REPLICATE_TEST_KEY): Provider {
  return createReplicateProvider({ secrets: secrets({ replicate: key }), baseUrl: fake.baseUrl, pollIntervalMs: 10, requestTimeoutMs: 2000, ...over });
}

const video = (model: string, imagePath: string, extra: Partial<ImageToVideoRequest> = {}): ImageToVideoRequest => ({
  kind: 'image-to-video', model, imagePath, prompt: 'slow dolly-in on the product', durationSec: 5, aspect: '9:16', ...extra,
});

describe('Replicate adapter against the fake server', () => {
  it('runs four images through submit → poll → download with four models', async () => {
    const images = await fourImages(dir);
    const p = provider();
    const models = ['stability-ai/stable-video-diffusion', 'kwaivgi/kling-v2.1', 'minimax/hailuo-02', 'wan-video/wan-2.5-i2v'];
    const submitted = await Promise.all(images.map((img, i) => p.submit(video(models[i] ?? '', img, { motion: 0.8, seed: 7 }))));
    expect(fake.createCalls()).toBe(4);
    for (const [i, s] of submitted.entries()) {
      const done = await pollUntilDone({ provider: p, remoteId: s.remoteId, timeoutMs: 5000 });
      expect(done.status).toBe('succeeded');
      expect(done.costUsd).toBeGreaterThanOrEqual(0);
      const out = await p.download({ remoteId: s.remoteId, destPath: path.join(dir, `out-${i}.mp4`) });
      expect(out.contentType).toBe('video/mp4');
      expect(await probeStream(out.path)).toEqual({ codec: 'h264', width: 64, height: 36 });
    }
    // Model inputs as the published schemas name them.
    const inputs = models.map((m) => [...fake.predictions.values()].find((pr) => `${pr.model.owner}/${pr.model.name}` === m)?.input);
    expect(inputs[0]).toMatchObject({ video_length: '25_frames_with_svd_xt', sizing_strategy: 'maintain_aspect_ratio', frames_per_second: 6, motion_bucket_id: 204, seed: 7 });
    expect(String(inputs[0]?.input_image)).toMatch(/^data:image\/png;base64,/);
    expect(inputs[1]).toMatchObject({ prompt: 'slow dolly-in on the product', mode: 'standard', duration: 5 });
    expect(inputs[2]).toMatchObject({ duration: 6, resolution: '1080p' });
    expect(inputs[3]).toMatchObject({ duration: 5, resolution: '720p', seed: 7 });
    expect(fake.receivedImages).toHaveLength(4);
  });

  it('estimates cost from the price table and reports the actual cost', async () => {
    const p = provider();
    const img = await makeTestImage({ dir, name: 'x.png', width: 64, height: 64 });
    expect(p.estimateCost(video('kwaivgi/kling-v2.1', img, { durationSec: 10 })).usd).toBeCloseTo(0.5);
    expect(p.estimateCost(video('stability-ai/stable-video-diffusion', img)).usd).toBeCloseTo(65 * 0.0014);
    const { remoteId } = await p.submit(video('kwaivgi/kling-v2.1', img, { durationSec: 7 }));
    const done = await pollUntilDone({ provider: p, remoteId });
    expect(done.costUsd).toBeCloseTo(0.5); // 7 s snaps up to 10 s
  });

  it('plans with the LLM: joins the token array and costs tokens', async () => {
    const p = provider();
    const { remoteId } = await p.submit({ kind: 'text', model: 'meta/meta-llama-3.1-405b-instruct', prompt: 'Plan two scenes', systemPrompt: 'JSON only', maxTokens: 200 });
    const done = await pollUntilDone({ provider: p, remoteId });
    expect(done.text).toBe(fake.llmReply);
    expect(done.costUsd).toBeGreaterThan(0);
    expect(fake.predictions.get(remoteId)?.input).toEqual({ prompt: 'Plan two scenes', system_prompt: 'JSON only', max_tokens: 200, temperature: 0.6, top_p: 0.9 });
  });

  it('serves the planner through llmComplete and cancels the prediction when the caller gives up', async () => {
    const complete = llmComplete({ provider: provider(), maxTokens: 4096, intervalMs: 10 });
    expect(await complete({ system: 'JSON only', user: 'Plan' })).toBe(fake.llmReply);
    fake.timing.processingMs = 5000;
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    await rejectsWith(llmComplete({ provider: provider(), intervalMs: 10, signal: controller.signal })({ system: 's', user: 'u' }), 'CANCELLED');
    expect(fake.http.count('cancel')).toBe(1);
  });

  it('downscales a large image and sends it through the files API when it is too big to inline', async () => {
    const img = await makeTestImage({ dir, name: 'big.jpg', width: 2400, height: 1350 });
    const p = provider({ inlineImageLimit: 1000 });
    await p.submit(video('stability-ai/stable-video-diffusion', img, { aspect: '16:9' }));
    const [received] = fake.receivedImages;
    expect(received?.via).toBe('files-api');
    expect(await probeImageBytes(received?.data ?? Buffer.alloc(0), 'jpg')).toMatchObject({ width: 1024, height: 576 });
    expect([...fake.predictions.values()][0]?.input.sizing_strategy).toBe('crop_to_16_9');
  });

  it('cancels by remote id', async () => {
    fake.timing.processingMs = 5000;
    const p = provider();
    const img = await makeTestImage({ dir, name: 'x.png', width: 64, height: 64 });
    const { remoteId } = await p.submit(video('kwaivgi/kling-v2.1', img));
    await p.cancel(remoteId);
    expect((await p.poll(remoteId)).status).toBe('cancelled');
    expect(fake.http.count('cancel')).toBe(1);
  });
});
