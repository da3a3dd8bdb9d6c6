import Replicate from 'replicate';
import RunwayML from '@runwayml/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ELEVENLABS_TEST_KEY, FakeElevenLabs } from '../../fakes/fake-elevenlabs';
import { FakeReplicate, REPLICATE_TEST_KEY } from '../../fakes/fake-replicate';
import { SVD_VERSION } from '../../fakes/fake-replicate-schemas';
import { FakeRunway, RUNWAY_TEST_KEY } from '../../fakes/fake-runway';

// The fakes' protocol details that the adapters do not exercise, checked with the real SDKs.
let replicate: FakeReplicate;
let runway: FakeRunway;
let eleven: FakeElevenLabs;

beforeAll(async () => {
  [replicate, runway, eleven] = await Promise.all([FakeReplicate.start(), FakeRunway.start(), FakeElevenLabs.start()]);
});
afterAll(() => Promise.all([replicate.close(), runway.close(), eleven.close()]));

describe('fake servers speak the documented protocols', () => {
  it('Replicate: Prefer: wait returns the finished prediction; bad versions and extra keys are 422', async () => {
    const client = new Replicate({ auth: REPLICATE_TEST_KEY, baseUrl: replicate.baseUrl, useFileOutput: false });
    const p = await client.predictions.create({ version: SVD_VERSION, input: { input_image: 'data:image/png;base64,AAAA' }, wait: 60 });
    expect(p.status).toBe('succeeded');
    expect(replicate.http.requests.at(-1)?.headers.prefer).toBe('wait=60');
    await expect(client.predictions.create({ version: 'f'.repeat(64), input: {} })).rejects.toThrow(/422 .*Invalid version or not permitted/);
    await expect(client.predictions.create({ model: 'kwaivgi/kling-v2.1', input: { start_image: 'https://x.test/a.png', prompt: 'p', fps: 3 } })).rejects.toThrow(/Additional property fps is not allowed/);
    const page = await client.predictions.list();
    expect(page.results[0]?.id).toBe(p.id);
  });

  it('Runway: X-Runway-Version is required; unknown keys, IP-host URLs and retired models are 400', async () => {
    const raw = await fetch(`${runway.origin}/v1/organization`, { headers: { authorization: `Bearer ${RUNWAY_TEST_KEY}` } });
    expect([raw.status, raw.headers.get('content-type')]).toEqual([400, 'application/json']);
    const client = new RunwayML({ apiKey: RUNWAY_TEST_KEY, baseURL: runway.origin, maxRetries: 0, logLevel: 'off' });
    const body = { model: 'gen4_turbo', promptImage: 'https://1.2.3.4/a.png', ratio: '1280:720', watermark: false } as unknown as RunwayML.ImageToVideoCreateParams;
    const err = await client.imageToVideo.create(body).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RunwayML.BadRequestError);
    expect(JSON.stringify((err as InstanceType<typeof RunwayML.BadRequestError>).error)).toMatch(/Unrecognized key.*watermark.*domain name/);
    const retired = { model: 'gen3a_turbo', promptImage: 'https://cdn.test/a.png', ratio: '1280:768' } as unknown as RunwayML.ImageToVideoCreateParams;
    await expect(client.imageToVideo.create(retired)).rejects.toBeInstanceOf(RunwayML.BadRequestError);
  });

  it('ElevenLabs: plain TTS returns MP3 bytes; /v2/voices pages', async () => {
    const res = await fetch(`${eleven.origin}/v1/text-to-speech/JBFqnCBsd6RMkjVDRZzb`, { method: 'POST', headers: { 'xi-api-key': ELEVENLABS_TEST_KEY, 'content-type': 'application/json' }, body: JSON.stringify({ text: 'Hello' }) });
    expect([res.status, res.headers.get('content-type'), res.headers.get('x-character-count')]).toEqual([200, 'audio/mpeg', '5']);
    expect(Buffer.from(await res.arrayBuffer()).length).toBeGreaterThan(100);
    const v2 = await (await fetch(`${eleven.origin}/v2/voices`, { headers: { 'xi-api-key': ELEVENLABS_TEST_KEY } })).json();
    expect(v2).toMatchObject({ has_more: false, total_count: 2, next_page_token: null });
  });
});
