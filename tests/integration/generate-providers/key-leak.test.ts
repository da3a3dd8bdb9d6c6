import path from 'node:path';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProviderLogEntry } from '../../../main/core/generate/providers/provider-deps';
import { createElevenLabsProvider } from '../../../main/core/generate/providers/elevenlabs/elevenlabs-provider';
import { pollUntilDone } from '../../../main/core/generate/providers/poll-until-done';
import { createReplicateProvider } from '../../../main/core/generate/providers/replicate/replicate-provider';
import { createRunwayProvider } from '../../../main/core/generate/providers/runway/runway-provider';
import { FakeElevenLabs } from '../../fakes/fake-elevenlabs';
import { FakeReplicate } from '../../fakes/fake-replicate';
import { FakeRunway } from '../../fakes/fake-runway';
import { makeTestImage } from '../../fakes/tiny-media';
import { secrets, tempDir } from './helpers';

// Recognisable keys: valid ones (accepted by the fakes) and rejected ones.
const CANARY = {
  replicate: 'r8_CANARYvalidReplicateToken0123456789',
  replicateBad: 'r8_CANARYrejectedReplicateToken012345',
  runway: `key_CANARY${'a1'.repeat(62)}`,
  runwayBad: `key_CANARY${'b2'.repeat(62)}`,
  eleven: 'sk_CANARYvalidElevenLabsKey0123456789',
  elevenBad: 'sk_CANARYrejectedElevenLabsKey01234567',
};
const ALL = Object.values(CANARY);

let replicate: FakeReplicate;
let runway: FakeRunway;
let eleven: FakeElevenLabs;
let dir: string;
let image: string;
const logs: ProviderLogEntry[] = [];
const seen: unknown[] = [];
const log = (e: ProviderLogEntry): void => void logs.push(e);

async function provoke(p: Promise<unknown>): Promise<void> {
  seen.push(await p.then((value) => value, (err: unknown) => err));
}

beforeAll(async () => {
  [replicate, runway, eleven] = await Promise.all([FakeReplicate.start(), FakeRunway.start(), FakeElevenLabs.start()]);
  replicate.validKeys.add(CANARY.replicate);
  runway.validKeys.add(CANARY.runway);
  eleven.validKeys.add(CANARY.eleven);
  dir = await tempDir();
  image = await makeTestImage({ dir, name: 'in.png', width: 64, height: 64 });
});
afterAll(() => Promise.all([replicate.close(), runway.close(), eleven.close()]));

describe('no key in any error, detail, stack or log', () => {
  it('provokes every failure with recognisable keys and finds none of them', async () => {
    const rep = (key: string, ms = 2000) => createReplicateProvider({ secrets: secrets({ replicate: key }), baseUrl: replicate.baseUrl, requestTimeoutMs: ms, pollIntervalMs: 10, log });
    const rw = (key: string, ms = 2000) => createRunwayProvider({ secrets: secrets({ runway: key }), baseUrl: runway.origin, requestTimeoutMs: ms, pollIntervalMs: 10, log });
    const el = (key: string, ms = 2000) => createElevenLabsProvider({ secrets: secrets({ elevenlabs: key }), baseUrl: eleven.origin, requestTimeoutMs: ms, workDir: path.join(dir, 'st'), log });
    const vid = (model: string) => ({ kind: 'image-to-video', model, imagePath: image, prompt: 'orbit', durationSec: 5, aspect: '16:9' }) as const;
    const speech = { kind: 'speech', model: 'eleven_multilingual_v2', voiceId: '21m00Tcm4TlvDq8ikWAM', text: 'Hello.' } as const;

    // Replicate: 401, 402, 422, 429, 500, timeout, malformed, failed task, expired output, not found, key test.
    replicate.outOfCreditKeys.add(CANARY.replicate.replace('valid', 'broke'));
    await provoke(rep(CANARY.replicateBad).submit(vid('kwaivgi/kling-v2.1')));
    await provoke(rep(CANARY.replicate.replace('valid', 'broke')).submit(vid('kwaivgi/kling-v2.1')));
    for (const [status, body] of [[422, { detail: `- input.prompt: bad ${CANARY.replicate}` }], [429, { detail: 'throttled' }], [500, { detail: 'boom' }]] as const) {
      replicate.http.fault('create-by-model', { type: 'status', status, body, headers: { 'retry-after': '1' } });
      await provoke(rep(CANARY.replicate).submit(vid('kwaivgi/kling-v2.1')));
    }
    replicate.http.fault('create-by-model', { type: 'hang' });
    await provoke(rep(CANARY.replicate, 150).submit(vid('kwaivgi/kling-v2.1')));
    replicate.http.fault('create-by-model', { type: 'malformed-json' });
    await provoke(rep(CANARY.replicate).submit(vid('kwaivgi/kling-v2.1')));
    replicate.nextOutcomes.push({ status: 'failed', error: `model crashed (token ${CANARY.replicate})` });
    const failed = await rep(CANARY.replicate).submit(vid('kwaivgi/kling-v2.1'));
    await provoke(pollUntilDone({ provider: rep(CANARY.replicate), remoteId: failed.remoteId }).then((r) => r.error));
    replicate.timing.retentionMs = 0;
    const gone = await rep(CANARY.replicate).submit(vid('kwaivgi/kling-v2.1'));
    await pollUntilDone({ provider: rep(CANARY.replicate), remoteId: gone.remoteId });
    await new Promise((r) => setTimeout(r, 20));
    await provoke(rep(CANARY.replicate).download({ remoteId: gone.remoteId, destPath: path.join(dir, 'x.mp4') }));
    await provoke(rep(CANARY.replicate).poll('zzzzzzzzzzzzzzzzzzzzzzzzzz'));
    await provoke(rep(CANARY.replicateBad).testKey());

    // Runway: 401, no credit, 400 echoing the key, 429, 502, timeout, malformed, FAILED, expired URL, 404, key test.
    runway.outOfCreditKeys.add(CANARY.runway.replace('CANARY', 'CANARX'));
    await provoke(rw(CANARY.runwayBad).submit(vid('gen4_turbo')));
    await provoke(rw(CANARY.runway.replace('CANARY', 'CANARX')).submit(vid('gen4_turbo')));
    for (const [status, body] of [[400, { error: `Invalid key ${CANARY.runway}` }], [429, { error: 'limit' }], [502, { error: 'gateway' }]] as const) {
      runway.http.fault('image_to_video', { type: 'status', status, body, headers: { 'retry-after': '1' } });
      await provoke(rw(CANARY.runway).submit(vid('gen4_turbo')));
    }
    runway.http.fault('image_to_video', { type: 'hang' });
    await provoke(rw(CANARY.runway, 150).submit(vid('gen4_turbo')));
    runway.http.fault('image_to_video', { type: 'malformed-json' });
    await provoke(rw(CANARY.runway).submit(vid('gen4_turbo')));
    runway.nextOutcomes.push({ status: 'FAILED', failure: `flagged ${CANARY.runway}`, failureCode: 'SAFETY.INPUT.IMAGE' });
    const rf = await rw(CANARY.runway).submit(vid('gen4_turbo'));
    await provoke(pollUntilDone({ provider: rw(CANARY.runway), remoteId: rf.remoteId }).then((r) => r.error));
    const ok = await rw(CANARY.runway).submit(vid('gen4_turbo'));
    await pollUntilDone({ provider: rw(CANARY.runway), remoteId: ok.remoteId });
    runway.outputUrlTtlMs = -1;
    await provoke(rw(CANARY.runway).download({ remoteId: ok.remoteId, destPath: path.join(dir, 'y.mp4') }));
    await provoke(rw(CANARY.runway).poll('00000000-0000-0000-0000-000000000000'));
    await provoke(rw(CANARY.runwayBad).testKey());

    // ElevenLabs: 401, quota, 400, 422, 429, 500, timeout, malformed, key test, voices.
    eleven.outOfCreditKeys.add(CANARY.eleven.replace('valid', 'broke'));
    await provoke(el(CANARY.elevenBad).submit(speech));
    await provoke(el(CANARY.eleven.replace('valid', 'broke')).submit(speech));
    await provoke(el(CANARY.eleven).submit({ ...speech, voiceId: 'missingvoice' }));
    for (const [status, body] of [[422, { detail: [{ loc: ['body', CANARY.eleven], msg: 'bad' }] }], [429, { detail: { status: 'rate_limit_exceeded', message: 'slow' } }], [500, { detail: 'boom' }]] as const) {
      eleven.http.fault('tts-timestamps', { type: 'status', status, body });
      await provoke(el(CANARY.eleven).submit(speech));
    }
    eleven.http.fault('tts-timestamps', { type: 'hang' });
    await provoke(el(CANARY.eleven, 150).submit(speech));
    eleven.http.fault('tts-timestamps', { type: 'malformed-json' });
    await provoke(el(CANARY.eleven).submit(speech));
    await provoke(el(CANARY.elevenBad).testKey());
    await provoke(el(CANARY.elevenBad).listVoices());

    expect(seen.length).toBe(32);
    const errors = seen.filter((e): e is Error => e instanceof Error);
    expect(errors.length).toBe(29); // the three key tests answer with a result, not an error
    const haystack = [
      ...seen.map((e) => inspect(e, { depth: 20, showHidden: true, getters: true })),
      ...errors.map((e) => `${e.message}\n${e.stack ?? ''}\n${JSON.stringify(e)}`),
      ...logs.map((l) => JSON.stringify(l)),
    ].join('\n');
    for (const key of ALL) expect(haystack.includes(key), `key ${key.slice(0, 12)}… leaked`).toBe(false);
    expect(haystack).toContain('[redacted]'); // the echoed keys were masked, not just absent
    expect(logs.length).toBeGreaterThan(20);
  });
});
