import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImageToVideoRequest, Provider } from '../../../main/core/generate/provider';
import { pollUntilDone } from '../../../main/core/generate/providers/poll-until-done';
import { createRunwayProvider } from '../../../main/core/generate/providers/runway/runway-provider';
import { FakeRunway, RUNWAY_TEST_KEY } from '../../fakes/fake-runway';
import { makeTestImage } from '../../fakes/tiny-media';
import { probeStream, rejectsWith, secrets, tempDir } from './helpers';

let fake: FakeRunway;
let image: string;
let dir: string;

beforeEach(async () => {
  fake = await FakeRunway.start();
  fake.http.latencyMs = 10;
  dir = await tempDir();
  image = await makeTestImage({ dir, name: 'in.jpg', width: 64, height: 64 });
});
afterEach(() => fake.close());

const provider = (key = RUNWAY_TEST_KEY, requestTimeoutMs = 2000): Provider =>
  createRunwayProvider({ secrets: secrets({ runway: key }), baseUrl: fake.origin, pollIntervalMs: 10, requestTimeoutMs });
const req = (): ImageToVideoRequest => ({ kind: 'image-to-video', model: 'gen4_turbo', imagePath: image, durationSec: 5, aspect: '16:9' });

describe('Runway faults give typed errors and no hidden retries', () => {
  it('401 → AUTH_FAILED naming RUNWAYML_API_SECRET', async () => {
    const err = await rejectsWith(provider(`key_${'f'.repeat(128)}`).submit(req()), 'AUTH_FAILED');
    expect(err.message).toContain('RUNWAYML_API_SECRET');
    expect(err.message).toContain('Invalid API key');
  });

  it('"not enough credits" (400) and a 402 → OUT_OF_CREDIT', async () => {
    const broke = `key_${'b'.repeat(128)}`;
    fake.outOfCreditKeys.add(broke);
    await rejectsWith(provider(broke).submit(req()), 'OUT_OF_CREDIT');
    fake.http.fault('image_to_video', { type: 'status', status: 402, body: { error: 'Payment required' } });
    await rejectsWith(provider().submit(req()), 'OUT_OF_CREDIT');
  });

  it('400 validation and 422 → BAD_INPUT naming the field', async () => {
    fake.http.fault('image_to_video', { type: 'status', status: 400, body: { error: 'Validation of body failed', issues: [{ code: 'invalid_value', path: ['ratio'], message: 'Invalid option: expected one of "1280:720"|"720:1280"' }], docUrl: 'https://docs.dev.runwayml.com/api' } });
    const err = await rejectsWith(provider().submit(req()), 'BAD_INPUT');
    expect(err.message).toContain('ratio: Invalid option');
    fake.http.fault('image_to_video', { type: 'status', status: 422, body: { error: 'Unprocessable' } });
    await rejectsWith(provider().submit(req()), 'BAD_INPUT');
  });

  it('429 with Retry-After → RATE_LIMITED with retryAfterMs, create sent once (SDK retries off)', async () => {
    fake.http.fault('image_to_video', { type: 'status', status: 429, headers: { 'retry-after': '7' }, body: { error: 'You have exceeded the daily generation limit.' } }, 5);
    const err = await rejectsWith(provider().submit(req()), 'RATE_LIMITED');
    expect(err.details).toMatchObject({ retryAfterMs: 7000, retryable: true });
    expect(fake.createCalls()).toBe(1);
  });

  it('5xx → PROVIDER_ERROR retryable, not repeated', async () => {
    const p = provider();
    const { remoteId } = await p.submit(req());
    fake.http.fault('task', { type: 'status', status: 502, body: { error: 'Bad gateway' } }, 5);
    const err = await rejectsWith(p.poll(remoteId), 'PROVIDER_ERROR');
    expect(err.details).toMatchObject({ retryable: true, status: 502 });
    expect(fake.http.count('task')).toBe(1);
  });

  it('a timeout → PROVIDER_ERROR retryable, maybe submitted, sent once', async () => {
    fake.http.fault('image_to_video', { type: 'hang' });
    const err = await rejectsWith(provider(RUNWAY_TEST_KEY, 200).submit(req()), 'PROVIDER_ERROR');
    expect(err.details).toMatchObject({ retryable: true, timedOut: true, maybeSubmitted: true });
    expect(fake.createCalls()).toBe(1);
  });

  it('malformed JSON → PROVIDER_ERROR retryable', async () => {
    fake.http.fault('image_to_video', { type: 'malformed-json' });
    const err = await rejectsWith(provider().submit(req()), 'PROVIDER_ERROR');
    expect(err.details).toMatchObject({ retryable: true, malformed: true });
  });

  it('a FAILED task maps its failureCode: input moderation → BAD_INPUT, internal → retryable', async () => {
    fake.nextOutcomes.push({ status: 'FAILED', failure: 'Input image was flagged by content moderation', failureCode: 'SAFETY.INPUT.IMAGE' });
    fake.nextOutcomes.push({ status: 'FAILED', failure: 'Something broke', failureCode: 'INTERNAL' });
    const p = provider();
    const a = await p.submit(req());
    const b = await p.submit(req());
    const first = await pollUntilDone({ provider: p, remoteId: a.remoteId });
    expect(first).toMatchObject({ status: 'failed', costUsd: 0 });
    expect(first.error?.code).toBe('BAD_INPUT');
    expect(first.error?.message).toContain('SAFETY.INPUT.IMAGE');
    expect(first.error?.details).toMatchObject({ retryable: false, failureCode: 'SAFETY.INPUT.IMAGE', providerMessage: 'Input image was flagged by content moderation' });
    const second = await pollUntilDone({ provider: p, remoteId: b.remoteId });
    expect(second.error).toMatchObject({ code: 'PROVIDER_ERROR', details: { retryable: true } });
  });

  it('an expired output URL is replaced by a fresh one from the task', async () => {
    const p = provider();
    const { remoteId } = await p.submit(req());
    await pollUntilDone({ provider: p, remoteId });
    fake.expireNextUrls = 1;
    const before = fake.http.count('task');
    const out = await p.download({ remoteId, destPath: path.join(dir, 'fresh.mp4') });
    expect((await probeStream(out.path)).codec).toBe('h264');
    expect(fake.http.count('task') - before).toBe(2);
    expect(fake.http.count('cdn')).toBe(2);
  });

  it('an output URL that stays expired → PROVIDER_ERROR expired, nothing written', async () => {
    const p = provider();
    const { remoteId } = await p.submit(req());
    await pollUntilDone({ provider: p, remoteId });
    fake.outputUrlTtlMs = -1;
    const err = await rejectsWith(p.download({ remoteId, destPath: path.join(dir, 'gone.mp4') }), 'PROVIDER_ERROR');
    expect(err.details).toMatchObject({ expired: true, retryable: false });
    await expect(probeStream(path.join(dir, 'gone.mp4'))).rejects.toThrow();
  });
});
