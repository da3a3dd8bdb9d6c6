import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImageToVideoRequest, Provider } from '../../../main/core/generate/provider';
import { pollUntilDone } from '../../../main/core/generate/providers/poll-until-done';
import { createReplicateProvider } from '../../../main/core/generate/providers/replicate/replicate-provider';
import { FakeReplicate, REPLICATE_TEST_KEY } from '../../fakes/fake-replicate';
import { makeTestImage } from '../../fakes/tiny-media';
import { rejectsWith, secrets, tempDir } from './helpers';

let fake: FakeReplicate;
let image: string;
let dir: string;

beforeEach(async () => {
  fake = await FakeReplicate.start();
  fake.http.latencyMs = 10;
  dir = await tempDir();
  image = await makeTestImage({ dir, name: 'in.png', width: 64, height: 64 });
});
afterEach(() => fake.close());

const provider = (key = REPLICATE_TEST_KEY, requestTimeoutMs = 2000): Provider =>
  createReplicateProvider({ secrets: secrets({ replicate: key }), baseUrl: fake.baseUrl, pollIntervalMs: 10, requestTimeoutMs });
const req = (): ImageToVideoRequest => ({ kind: 'image-to-video', model: 'kwaivgi/kling-v2.1', imagePath: image, prompt: 'orbit', durationSec: 5, aspect: '16:9' });

describe('Replicate faults give typed errors and no hidden retries', () => {
  it('401 → AUTH_FAILED naming where the key is set', async () => {
    const err = await rejectsWith(provider('r8_wrongwrongwrongwrong').submit(req()), 'AUTH_FAILED');
    expect(err.message).toContain('REPLICATE_API_TOKEN');
    expect(err.details).toMatchObject({ retryable: false, status: 401, operation: 'submit' });
  });

  it('402 → OUT_OF_CREDIT', async () => {
    fake.outOfCreditKeys.add('r8_brokeBrokeBrokeBroke');
    const err = await rejectsWith(provider('r8_brokeBrokeBrokeBroke').submit(req()), 'OUT_OF_CREDIT');
    expect(err.message).toContain('set up billing');
    expect(fake.createCalls()).toBe(1);
  });

  it('422 → BAD_INPUT with the field description', async () => {
    fake.http.fault('create-by-model', {
      type: 'status', status: 422, contentType: 'application/problem+json',
      body: { title: 'Input validation failed', status: 422, detail: '- input.duration: duration must be one of the following: 5, 10\n', invalid_fields: [{ type: 'enum', field: 'input.duration', description: 'duration must be one of the following: 5, 10' }] },
    });
    const err = await rejectsWith(provider().submit(req()), 'BAD_INPUT');
    expect(err.message).toContain('duration must be one of the following: 5, 10');
  });

  it('429 with Retry-After → RATE_LIMITED with retryAfterMs, and the create is sent once', async () => {
    fake.http.fault('create-by-model', { type: 'status', status: 429, headers: { 'retry-after': '3' }, body: { detail: 'Request was throttled. Expected available in 3 seconds.' } }, 10);
    const err = await rejectsWith(provider().submit(req()), 'RATE_LIMITED');
    expect(err.details).toMatchObject({ retryAfterMs: 3000, retryable: true, retryAfterGiven: true });
    expect(fake.createCalls()).toBe(1);
  });

  it('429 without a header reads the wait from the body', async () => {
    fake.http.fault('create-by-model', { type: 'status', status: 429, body: { detail: 'Request was throttled. Your rate limit resets in ~30s.' } }, 10);
    const err = await rejectsWith(provider().submit(req()), 'RATE_LIMITED');
    expect(err.details?.retryAfterMs).toBe(30_000);
  });

  it('500 on a poll → PROVIDER_ERROR retryable, and the GET is not repeated', async () => {
    const p = provider();
    const { remoteId } = await p.submit(req());
    fake.http.fault('get', { type: 'status', status: 500, body: { detail: 'Internal Server Error' } }, 10);
    const err = await rejectsWith(p.poll(remoteId), 'PROVIDER_ERROR');
    expect(err.details).toMatchObject({ retryable: true, status: 500 });
    expect(fake.http.count('get')).toBe(1);
  });

  it('a timeout → PROVIDER_ERROR retryable that says the task may exist', async () => {
    fake.http.fault('create-by-model', { type: 'hang' });
    const err = await rejectsWith(provider(REPLICATE_TEST_KEY, 200).submit(req()), 'PROVIDER_ERROR');
    expect(err.details).toMatchObject({ retryable: true, timedOut: true, maybeSubmitted: true });
    expect(fake.createCalls()).toBe(1);
  });

  it('a dropped connection → PROVIDER_ERROR retryable, sent once', async () => {
    fake.http.fault('create-by-model', { type: 'drop' }, 10);
    const err = await rejectsWith(provider().submit(req()), 'PROVIDER_ERROR');
    expect(err.details).toMatchObject({ retryable: true, timedOut: false });
    expect(fake.createCalls()).toBe(1);
  });

  it('malformed JSON → PROVIDER_ERROR retryable', async () => {
    const p = provider();
    const { remoteId } = await p.submit(req());
    fake.http.fault('get', { type: 'malformed-json' });
    const err = await rejectsWith(p.poll(remoteId), 'PROVIDER_ERROR');
    expect(err.details).toMatchObject({ retryable: true, malformed: true });
  });

  it('a failed prediction is a poll result with a non-retryable error carrying the reason', async () => {
    fake.nextOutcomes.push({ status: 'failed', error: 'CUDA out of memory' });
    const p = provider();
    const { remoteId } = await p.submit(req());
    const done = await pollUntilDone({ provider: p, remoteId });
    expect(done.status).toBe('failed');
    expect(done.error?.code).toBe('PROVIDER_ERROR');
    expect(done.error?.message).toContain('CUDA out of memory');
    expect(done.error?.details?.retryable).toBe(false);
    expect(done.costUsd).toBe(0);
  });

  it('an aborted prediction (deadline in the queue) ends the poll loop as retryable failure', async () => {
    fake.nextOutcomes.push({ status: 'aborted' });
    const p = provider();
    const { remoteId } = await p.submit(req());
    const done = await pollUntilDone({ provider: p, remoteId, timeoutMs: 3000 });
    expect(done.providerStatus).toBe('aborted');
    expect(done.error?.details?.retryable).toBe(true);
  });

  it('an expired output (data removed after the retention time) → PROVIDER_ERROR, not retryable', async () => {
    fake.timing.retentionMs = 30;
    const p = provider();
    const { remoteId } = await p.submit(req());
    await pollUntilDone({ provider: p, remoteId });
    await new Promise((r) => setTimeout(r, 60));
    const err = await rejectsWith(p.download({ remoteId, destPath: path.join(dir, 'late.mp4') }), 'PROVIDER_ERROR');
    expect(err.message).toContain('one hour');
    expect(err.details).toMatchObject({ expired: true, retryable: false });
  });

  it('polling an unknown id → NOT_FOUND; a malformed id never reaches the server', async () => {
    await rejectsWith(provider().poll('abcdefghijklmnopqrstuvwxyz'), 'NOT_FOUND');
    await rejectsWith(provider().poll('../account'), 'BAD_INPUT');
    expect(fake.http.count('account')).toBe(0);
  });
});
