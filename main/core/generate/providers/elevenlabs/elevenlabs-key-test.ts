import { AppError } from '../../../shared/app-error';
import type { KeyTestResult } from '../../provider';
import { keyStep } from '../key-test-outcome';
import type { Runner } from '../operation-runner';
import { parseResponse } from '../parse-response';
import { Subscription } from './elevenlabs-schemas';

export interface ElevenLabsKeyTestOptions {
  run: Runner;
  get: (key: string, path: string) => Promise<Response>;
  signal?: AbortSignal;
}

/**
 * GET /v1/user/subscription gives used and allowed characters (free call). A key restricted
 * without the user_read permission gets 401 missing_permissions there, so such a key is
 * checked with GET /v1/voices instead and its credit is reported as unknown.
 */
const missingPermissions = (err: unknown): boolean => err instanceof AppError && err.details?.providerStatus === 'missing_permissions';

export async function testElevenLabsKey(opts: ElevenLabsKeyTestOptions): Promise<KeyTestResult> {
  const signal = opts.signal ? { signal: opts.signal } : {};
  const sub = await keyStep(() =>
    opts
      .run({ operation: 'test-key', ...signal }, async (key) =>
        parseResponse(Subscription, await (await opts.get(key, '/v1/user/subscription')).json(), { provider: 'elevenlabs', operation: 'test-key' }),
      )
      .catch((err: unknown) => {
        if (missingPermissions(err)) return null;
        throw err;
      }),
  );
  if ('result' in sub) return sub.result;
  if (sub.value) {
    const left = sub.value.character_limit - sub.value.character_count;
    const details = { charactersLeft: Math.max(0, left), characterLimit: sub.value.character_limit, tier: sub.value.tier ?? null };
    if (left <= 0 && sub.value.can_extend_character_limit !== true) {
      return { status: 'out-of-credit', message: 'The ElevenLabs key works but the plan has no characters left this period. Upgrade or wait for the reset.', details };
    }
    return { status: 'ok', message: `The ElevenLabs key works; ${Math.max(0, left)} characters are left this period.`, details };
  }
  const voices = await keyStep(() => opts.run({ operation: 'test-key', ...signal }, async (key) => (await opts.get(key, '/v1/voices')).status));
  if ('result' in voices) return voices.result;
  return { status: 'ok', message: 'The ElevenLabs key works (it may not read the subscription, so the remaining characters are unknown).', details: { charactersLeft: null } };
}
