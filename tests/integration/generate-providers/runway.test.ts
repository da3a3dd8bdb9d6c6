import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImageToVideoRequest, Provider } from '../../../main/core/generate/provider';
import { pollUntilDone } from '../../../main/core/generate/providers/poll-until-done';
import { createRunwayProvider, type RunwayDeps } from '../../../main/core/generate/providers/runway/runway-provider';
import { FakeRunway, RUNWAY_TEST_KEY } from '../../fakes/fake-runway';
import { makeTestImage } from '../../fakes/tiny-media';
import { fourImages, probeImageBytes, probeStream, rejectsWith, secrets, tempDir } from './helpers';

let fake: FakeRunway;
let dir: string;

beforeEach(async () => {
  fake = await FakeRunway.start();
  fake.http.latencyMs = 10;
  dir = await tempDir();
});
afterEach(() => fake.close());

function provider(over: Partial<RunwayDeps> = {}, key = RUNWAY_TEST_KEY): Provider {
  return createRunwayProvider({ secrets: secrets({ runway: key }), baseUrl: fake.origin, pollIntervalMs: 10, requestTimeoutMs: 2000, ...over });
}

const video = (imagePath: string, extra: Partial<ImageToVideoRequest> = {}): ImageToVideoRequest => ({
  kind: 'image-to-video', model: 'gen4_turbo', imagePath, prompt: 'Slow dolly-in on the bottle', durationSec: 5, aspect: '9:16', seed: 42, ...extra,
});

describe('Runway adapter against the fake server', () => {
  it('runs four images through submit → poll → download (THROTTLED beyond the concurrency limit)', async () => {
    const images = await fourImages(dir);
    fake.timing = { pendingMs: 10, runningMs: 1000, maxConcurrent: 2 };
    const p = provider();
    const aspects = ['16:9', '9:16', '1:1', '4:5'] as const;
    const submitted = [];
    for (const [i, img] of images.entries()) submitted.push(await p.submit(video(img, { aspect: aspects[i] ?? '9:16' })));
    expect(submitted.every((s) => s.providerEstimateUsd === 0.25)).toBe(true);
    expect(fake.createCalls()).toBe(4);
    expect((await p.poll(submitted[3]?.remoteId ?? '')).providerStatus).toBe('THROTTLED');
    // A fresh provider object stands in for a restarted app: only the remote ids carry over.
    const afterRestart = provider();
    for (const [i, s] of submitted.entries()) {
      const done = await pollUntilDone({ provider: afterRestart, remoteId: s.remoteId, timeoutMs: 5000 });
      expect(done).toMatchObject({ status: 'succeeded', costUsd: 0.25, progress: 1 });
      const out = await afterRestart.download({ remoteId: s.remoteId, destPath: path.join(dir, `clip-${i}.mp4`) });
      expect(await probeStream(out.path)).toEqual({ codec: 'h264', width: 64, height: 36 });
    }
    expect(fake.bodies.map((b) => b.ratio)).toEqual(['1280:720', '720:1280', '960:960', '832:1104']);
    expect(fake.bodies[0]).toMatchObject({ model: 'gen4_turbo', promptText: 'Slow dolly-in on the bottle', duration: 5, seed: 42 });
    expect(Object.keys(fake.bodies[0] ?? {}).sort()).toEqual(['duration', 'model', 'promptImage', 'promptText', 'ratio', 'seed']);
  });

  it('makes a lifestyle still with gen4_image and the product photo as @product reference', async () => {
    const img = await makeTestImage({ dir, name: 'p.jpg', width: 200, height: 150 });
    const p = provider();
    const req = { kind: 'text-to-image', model: 'gen4_image', prompt: '@product on a marble counter', aspect: '4:5', referenceImages: [{ path: img, tag: 'product' }] } as const;
    expect(p.estimateCost(req)).toMatchObject({ usd: 0.08, verified: true });
    const { remoteId } = await p.submit(req);
    await pollUntilDone({ provider: p, remoteId });
    const out = await p.download({ remoteId, destPath: path.join(dir, 'still.png') });
    expect(out.contentType).toBe('image/png');
    expect(fake.bodies[0]).toMatchObject({ ratio: '1080:1440', referenceImages: [{ tag: 'product' }] });
  });

  it('sends other image-to-video models with their own rules (gen4.5, veo3.1)', async () => {
    const img = await makeTestImage({ dir, name: 'a.png', width: 64, height: 64 });
    const p = provider();
    await p.submit(video(img, { model: 'gen4.5', durationSec: 3.2 }));
    await p.submit(video(img, { model: 'veo3.1_fast', durationSec: 5, aspect: '16:9', negativePrompt: 'text' }));
    expect(fake.bodies[0]).toMatchObject({ model: 'gen4.5', duration: 4, ratio: '720:1280' });
    expect(fake.bodies[1]).toMatchObject({ model: 'veo3.1_fast', duration: 6, ratio: '1280:720', audio: false, negativePrompt: 'text' });
    await rejectsWith(p.submit(video(img, { model: 'gen4.5', prompt: '' })), 'BAD_INPUT');
    await rejectsWith(p.submit(video(img, { model: 'gen3a_turbo' })), 'BAD_INPUT');
  });

  it('downscales a large image and uses the uploads API when the data URI would be too big', async () => {
    const img = await makeTestImage({ dir, name: 'big.png', width: 3000, height: 1500 });
    const p = provider({ inlineImageLimit: 2000 });
    await p.submit(video(img));
    const [received] = fake.receivedImages;
    expect(received?.via).toBe('upload');
    expect(await probeImageBytes(received?.data ?? Buffer.alloc(0), 'jpg')).toMatchObject({ width: 2048, height: 1024 });
    expect(fake.http.count('upload-storage')).toBe(1);
  });

  it('cancel deletes the task; a second cancel is harmless; polling it then is NOT_FOUND', async () => {
    fake.timing.runningMs = 5000;
    const img = await makeTestImage({ dir, name: 'a.png', width: 64, height: 64 });
    const p = provider();
    const { remoteId } = await p.submit(video(img));
    await p.cancel(remoteId);
    await p.cancel(remoteId);
    expect(fake.http.count('task-delete')).toBe(2);
    await rejectsWith(p.poll(remoteId), 'NOT_FOUND');
  });
});
