import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JobDto } from '../../../preload/contract/dto/job-dto';
import { ELEVENLABS_TEST_KEY, FakeElevenLabs } from '../../fakes/fake-elevenlabs';
import { contractEnv, memorySecretStore, type ContractEnv } from './contract-env';
import { waitForEvent } from './render-fixture';
import { tinyMedia } from './tiny-media';

const GEORGE = 'JBFqnCBsd6RMkjVDRZzb';

const settled = (env: ContractEnv, jobId: string, state: JobDto['state']): Promise<{ job: JobDto }> =>
  waitForEvent<{ job: JobDto }>(env, 'job.changed', (p) => p.job.id === jobId && p.job.state === state);

async function newProject(env: ContractEnv): Promise<string> {
  return (await env.value('projects.create', { name: 'Voice', aspect: '9:16' })).summary.id;
}

describe('voiceover.create', () => {
  let fake: FakeElevenLabs;
  beforeEach(async () => {
    fake = await FakeElevenLabs.start();
  });
  afterEach(() => fake.close());

  async function voiceEnv(withKey = true): Promise<ContractEnv> {
    const secrets = memorySecretStore();
    if (withKey) await secrets.set('elevenlabs', ELEVENLABS_TEST_KEY);
    return contractEnv({ secrets, env: { ADLOOM_ELEVENLABS_BASE_URL: fake.origin } });
  }

  it('queues text-to-speech and brings the audio into the project without placing it on the timeline', async () => {
    const env = await voiceEnv();
    const projectId = await newProject(env);
    const before = await env.value('document.load', { projectId });
    const { jobId } = await env.value('voiceover.create', { projectId, text: 'Meet the mug that keeps coffee hot.', voiceId: GEORGE });
    const { job } = await settled(env, jobId, 'succeeded');

    expect(job).toMatchObject({ id: jobId, projectId, kind: 'voice-over', provider: 'elevenlabs', model: 'eleven_multilingual_v2', sourceAssetId: null, review: 'pending' });
    expect(fake.http.requests.find((r) => r.route === 'tts-timestamps')?.path).toContain(`/v1/text-to-speech/${GEORGE}/`);
    const audio = await env.value('media.get', { assetId: job.outputAssetId as string });
    expect(audio).toMatchObject({ kind: 'audio', hasAudio: true });
    expect((await env.value('media.listForProject', { projectId })).map((a) => a.id)).toEqual([audio.id]);
    // The editor places it itself (with undo): the document is as it was.
    const after = await env.value('document.load', { projectId });
    expect(after.document.tracks.voiceover).toEqual([]);
    expect(after.revision).toBe(before.revision);
    // The same words again come from the cache, paid once.
    const again = await env.value('voiceover.create', { projectId, text: 'Meet the mug that keeps coffee hot.', voiceId: GEORGE });
    const cached = await settled(env, again.jobId, 'succeeded');
    expect(cached.job).toMatchObject({ outputAssetId: audio.id, costEstimateUsd: 0 });
    expect(fake.http.requests.filter((r) => r.route === 'tts-timestamps')).toHaveLength(1);
  });

  it('fails the job with AUTH_FAILED when no ElevenLabs key is set, and refuses to review it', async () => {
    const env = await voiceEnv(false);
    const projectId = await newProject(env);
    const { jobId } = await env.value('voiceover.create', { projectId, text: 'Hello there.' });
    const { job } = await settled(env, jobId, 'failed');
    expect(job.errorCode).toBe('AUTH_FAILED');
    expect(job.errorMessage).toContain('No ElevenLabs API key is set');
    expect(fake.http.requests).toEqual([]);
    expect(await env.error('jobs.review', { jobId, review: 'approved' })).toMatchObject({
      code: 'BAD_INPUT',
      message: `job ${jobId} is failed; only a succeeded job has an output to review`,
      details: { jobId, state: 'failed' },
    });
  });

  it("refuses a script over the project's budget before anything is written or sent", async () => {
    const env = await voiceEnv();
    const projectId = await newProject(env);
    await env.value('settings.set', { patch: { projectBudgetUsd: 0.001 } });
    const refused = await env.error('voiceover.create', { projectId, text: 'A script long enough to cost more than a tenth of a cent.' });
    expect(refused.code).toBe('BUDGET_EXCEEDED');
    expect(env.store.jobs.listForProject(projectId)).toEqual([]);
    expect(fake.http.requests).toEqual([]);
  });

  it('answers NOT_FOUND for an unknown project and BAD_INPUT for a voice id that is not one', async () => {
    const env = await voiceEnv();
    const missing = 'a1b2c3d4-0000-4000-8000-00000000dead';
    expect(await env.error('voiceover.create', { projectId: missing, text: 'Hi.' })).toMatchObject({ code: 'NOT_FOUND', message: `project ${missing} does not exist` });
    const projectId = await newProject(env);
    expect((await env.error('voiceover.create', { projectId, text: 'Hi.', voiceId: '../voices' })).details?.path).toEqual(['voiceId']);
  });
});

describe('jobs.review and the new JobDto fields', () => {
  it('records the verdict on a finished clip, reports it as job.changed, and keeps it', async () => {
    const env = contractEnv();
    const media = await tinyMedia();
    const projectId = await newProject(env);
    const { imported } = await env.value('media.import', { projectId, sources: [{ path: media.png }] });
    const image = imported[0]?.asset.id as string;
    const { jobIds } = await env.value('generate.start', { projectId, provider: 'draft', scenes: [{ assetId: image, durationMs: 500 }] });
    const jobId = jobIds[0] as string;
    const { job } = await settled(env, jobId, 'succeeded');
    expect(job).toMatchObject({ sourceAssetId: image, review: 'pending' });

    const approved = await env.value('jobs.review', { jobId, review: 'approved' });
    expect(approved).toMatchObject({ id: jobId, state: 'succeeded', review: 'approved', sourceAssetId: image, outputAssetId: job.outputAssetId });
    expect(env.events.at(-1)).toEqual({ name: 'job.changed', payload: { job: approved } });
    expect((await env.value('jobs.list', { projectId }))[0]).toEqual(approved);
    expect((await env.value('jobs.review', { jobId, review: 'rejected' })).review).toBe('rejected');
    expect((await env.value('jobs.review', { jobId, review: 'pending' })).review).toBe('pending');
  });

  it('refuses a job that has not succeeded (naming it and its state) and an unknown job', async () => {
    const env = contractEnv();
    const queued = env.store.jobs.insert({ kind: 'draft-motion', provider: 'local', input: {} });
    env.store.jobs.update(queued.id, { state: 'cancelled' });
    expect(await env.error('jobs.review', { jobId: queued.id, review: 'rejected' })).toMatchObject({
      code: 'BAD_INPUT',
      message: `job ${queued.id} is cancelled; only a succeeded job has an output to review`,
    });
    expect(env.store.jobs.get(queued.id).review).toBe('pending');
    expect(env.events).toEqual([]);
    expect(await env.error('jobs.review', { jobId: 'no-such-job', review: 'approved' })).toMatchObject({ code: 'NOT_FOUND', message: 'job no-such-job does not exist' });
  });
});
