import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createElevenLabsProvider } from '../../../main/core/generate/providers/elevenlabs/elevenlabs-provider';
import { createReplicateProvider } from '../../../main/core/generate/providers/replicate/replicate-provider';
import { createRunwayProvider } from '../../../main/core/generate/providers/runway/runway-provider';
import { ELEVENLABS_TEST_KEY, FakeElevenLabs } from '../../fakes/fake-elevenlabs';
import { FakeReplicate, REPLICATE_TEST_KEY } from '../../fakes/fake-replicate';
import { FakeRunway, RUNWAY_TEST_KEY } from '../../fakes/fake-runway';
import { rejectsWith, secrets } from './helpers';

let replicate: FakeReplicate;
let runway: FakeRunway;
let eleven: FakeElevenLabs;

beforeAll(async () => {
  [replicate, runway, eleven] = await Promise.all([FakeReplicate.start(), FakeRunway.start(), FakeElevenLabs.start()]);
  replicate.outOfCreditKeys.add('r8_outOfCreditKey0000');
  runway.outOfCreditKeys.add(`key_${'c'.repeat(128)}`);
  eleven.outOfCreditKeys.add('sk_outOfCreditKey0000');
  eleven.restrictedKeys.add('sk_restrictedKey00000');
});
afterAll(() => Promise.all([replicate.close(), runway.close(), eleven.close()]));

describe('key test per provider tells ok, invalid, out of credit and missing apart', () => {
  it('Replicate: account check, then a 1-token prediction that is cancelled at once', async () => {
    const test = (key: string | undefined) => createReplicateProvider({ secrets: secrets({ replicate: key }), baseUrl: replicate.baseUrl }).testKey();
    const before = replicate.createCalls();
    expect(await test(REPLICATE_TEST_KEY)).toMatchObject({ status: 'ok', details: { account: 'fake-user' } });
    const probe = [...replicate.predictions.values()].pop();
    expect(probe?.input).toEqual({ prompt: 'Reply with OK.', max_tokens: 1 });
    expect(probe?.canceledAt).toBeDefined();
    expect((await test('r8_notAValidKey000000')).status).toBe('invalid');
    expect((await test('r8_outOfCreditKey0000')).status).toBe('out-of-credit');
    expect((await test(undefined)).status).toBe('missing');
    expect(replicate.createCalls() - before).toBe(2); // ok and out-of-credit probes; the invalid key stopped at /account
  });

  it('Runway: organization credit balance', async () => {
    const test = (key: string | undefined) => createRunwayProvider({ secrets: secrets({ runway: key }), baseUrl: runway.origin }).testKey();
    expect(await test(RUNWAY_TEST_KEY)).toMatchObject({ status: 'ok', details: { creditBalance: 5000 } });
    expect((await test(`key_${'e'.repeat(128)}`)).status).toBe('invalid');
    expect(await test(`key_${'c'.repeat(128)}`)).toMatchObject({ status: 'out-of-credit', details: { creditBalance: 0 } });
    expect((await test(undefined)).message).toContain('RUNWAYML_API_SECRET');
    expect(runway.createCalls()).toBe(0);
  });

  it('ElevenLabs: subscription characters; a restricted key falls back to the voices list', async () => {
    const test = (key: string | undefined) => createElevenLabsProvider({ secrets: secrets({ elevenlabs: key }), baseUrl: eleven.origin }).testKey();
    expect(await test(ELEVENLABS_TEST_KEY)).toMatchObject({ status: 'ok', details: { charactersLeft: 10_000 } });
    expect((await test('sk_wrongKey0000000000')).status).toBe('invalid');
    expect((await test('sk_outOfCreditKey0000')).status).toBe('out-of-credit');
    expect(await test('sk_restrictedKey00000')).toMatchObject({ status: 'ok', details: { charactersLeft: null } });
    expect((await test(undefined)).status).toBe('missing');
  });

  it('other failures are errors, not verdicts about the key', async () => {
    runway.http.fault('organization', { type: 'status', status: 503, body: { error: 'Service unavailable' } });
    await rejectsWith(createRunwayProvider({ secrets: secrets({ runway: RUNWAY_TEST_KEY }), baseUrl: runway.origin }).testKey(), 'PROVIDER_ERROR');
  });
});
