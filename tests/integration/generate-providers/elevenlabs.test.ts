import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SpeechProvider, SpeechRequest } from '../../../main/core/generate/provider';
import { createElevenLabsProvider } from '../../../main/core/generate/providers/elevenlabs/elevenlabs-provider';
import { pollUntilDone } from '../../../main/core/generate/providers/poll-until-done';
import { ELEVENLABS_TEST_KEY, FakeElevenLabs } from '../../fakes/fake-elevenlabs';
import { probeStream, rejectsWith, secrets, tempDir } from './helpers';

let fake: FakeElevenLabs;
let dir: string;

beforeEach(async () => {
  fake = await FakeElevenLabs.start();
  fake.http.latencyMs = 10;
  dir = await tempDir();
});
afterEach(() => fake.close());

const provider = (key = ELEVENLABS_TEST_KEY, requestTimeoutMs = 2000): SpeechProvider =>
  createElevenLabsProvider({ secrets: secrets({ elevenlabs: key }), baseUrl: fake.origin, workDir: path.join(dir, 'staging'), requestTimeoutMs });
const say = (text: string, extra: Partial<SpeechRequest> = {}): SpeechRequest => ({ kind: 'speech', model: 'eleven_multilingual_v2', voiceId: '21m00Tcm4TlvDq8ikWAM', text, ...extra });

describe('ElevenLabs adapter against the fake server', () => {
  it('lists voices', async () => {
    const voices = await provider().listVoices();
    expect(voices.map((v) => v.name)).toEqual(['Rachel', 'George']);
    expect(voices[0]).toMatchObject({ voiceId: '21m00Tcm4TlvDq8ikWAM', category: 'premade', labels: { gender: 'female' } });
  });

  it('speaks with timestamps: submit → poll (words for captions) → download, also after a "restart"', async () => {
    const text = 'Meet the mug that keeps coffee hot.';
    const { remoteId } = await provider().submit(say(text, { voiceSettings: { stability: 0.5, speed: 1.1 }, seed: 3 }));
    expect(fake.http.requests.find((r) => r.route === 'tts-timestamps')?.json).toEqual({ text, model_id: 'eleven_multilingual_v2', voice_settings: { stability: 0.5, speed: 1.1 }, seed: 3 });
    expect(fake.http.requests.find((r) => r.route === 'tts-timestamps')?.path).toContain('output_format=mp3_44100_128');
    // A new provider object (no memory of the submit) finds the result by id.
    const fresh = provider();
    const done = await pollUntilDone({ provider: fresh, remoteId });
    expect(done.words?.map((w) => w.word)).toEqual(['Meet', 'the', 'mug', 'that', 'keeps', 'coffee', 'hot.']);
    const last = done.words?.[done.words.length - 1];
    expect(last?.endSec).toBeCloseTo(2.1);
    expect(done.costUsd).toBeCloseTo((text.length / 1000) * 0.22);
    const out = await fresh.download({ remoteId, destPath: path.join(dir, 'vo.mp3') });
    expect(out.contentType).toBe('audio/mpeg');
    expect((await probeStream(out.path)).codec).toBe('mp3');
  });

  it('cancel drops the staged result', async () => {
    const p = provider();
    const { remoteId } = await p.submit(say('Hello there.'));
    await p.cancel(remoteId);
    await rejectsWith(p.poll(remoteId), 'NOT_FOUND');
    expect(await fs.readdir(path.join(dir, 'staging'))).toEqual([]);
  });

  it('faults: invalid key, quota, voice not found, 422, 429, 500, timeout, malformed JSON', async () => {
    expect((await rejectsWith(provider('sk_wrongwrongwrongwrong').submit(say('Hi.')), 'AUTH_FAILED')).message).toContain('ELEVENLABS_API_KEY');
    fake.outOfCreditKeys.add('sk_nocreditnocredit');
    expect((await rejectsWith(provider('sk_nocreditnocredit').submit(say('Hi.')), 'OUT_OF_CREDIT')).message).toContain('quota_exceeded');
    expect((await rejectsWith(provider().submit(say('Hi.', { voiceId: 'nosuchvoice' })), 'BAD_INPUT')).message).toContain('voice_not_found');
    fake.http.fault('tts-timestamps', { type: 'status', status: 402, body: { detail: { status: 'payment_required', message: 'Payment required' } } });
    await rejectsWith(provider().submit(say('Hi.')), 'OUT_OF_CREDIT');
    fake.http.fault('tts-timestamps', { type: 'status', status: 422, body: { detail: [{ loc: ['body', 'text'], msg: 'Field required', type: 'missing' }] } });
    expect((await rejectsWith(provider().submit(say('Hi.')), 'BAD_INPUT')).message).toContain('body.text: Field required');
    fake.http.fault('tts-timestamps', { type: 'status', status: 429, headers: { 'retry-after': '2' }, body: { detail: { status: 'concurrent_limit_exceeded', message: 'Too many concurrent requests' } } });
    expect((await rejectsWith(provider().submit(say('Hi.')), 'RATE_LIMITED')).details).toMatchObject({ retryAfterMs: 2000 });
    fake.http.fault('tts-timestamps', { type: 'status', status: 500, body: { detail: 'Internal error' } });
    expect((await rejectsWith(provider().submit(say('Hi.')), 'PROVIDER_ERROR')).details?.retryable).toBe(true);
    fake.http.fault('tts-timestamps', { type: 'hang' });
    expect((await rejectsWith(provider(ELEVENLABS_TEST_KEY, 200).submit(say('Hi.')), 'PROVIDER_ERROR')).details).toMatchObject({ timedOut: true, retryable: true });
    fake.http.fault('tts-timestamps', { type: 'malformed-json' });
    expect((await rejectsWith(provider().submit(say('Hi.')), 'PROVIDER_ERROR')).details?.malformed).toBe(true);
    expect(fake.http.count('tts-timestamps')).toBe(9);
  });

  it('checks text length and settings before anything is billed', async () => {
    await rejectsWith(provider().submit(say('x'.repeat(10_001))), 'BAD_INPUT');
    await rejectsWith(provider().submit(say('Hi.', { voiceSettings: { speed: 2 } })), 'BAD_INPUT');
    await rejectsWith(provider().submit(say('Hi.', { outputFormat: 'mp3_1_2' })), 'BAD_INPUT');
    expect(fake.http.count('tts-timestamps')).toBe(0);
  });
});
