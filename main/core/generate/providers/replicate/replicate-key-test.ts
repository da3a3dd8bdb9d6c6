import type Replicate from 'replicate';
import type { KeyTestResult } from '../../provider';
import { keyStep } from '../key-test-outcome';
import type { Runner } from '../operation-runner';
import { parseResponse } from '../parse-response';
import { KEY_PROBE_MODEL } from './replicate-models';
import { Account, Prediction } from './replicate-schemas';

export interface ReplicateKeyTestOptions {
  run: Runner;
  client: (key: string) => Replicate;
  signal?: AbortSignal;
}

/**
 * GET /account tells a valid token from an invalid one, but no free endpoint reports credit:
 * Replicate answers 402 only when a prediction is created. So the test creates the cheapest
 * possible one (1 output token of the LLM, well under $0.0001) and cancels it at once.
 */
export async function testReplicateKey(opts: ReplicateKeyTestOptions): Promise<KeyTestResult> {
  const signal = opts.signal ? { signal: opts.signal } : {};
  const account = await keyStep(() =>
    opts.run({ operation: 'test-key', ...signal }, async (key) =>
      parseResponse(Account, await opts.client(key).accounts.current(signal), { provider: 'replicate', operation: 'test-key' }),
    ),
  );
  if ('result' in account) return account.result;
  const probe = await keyStep(() =>
    opts.run({ operation: 'test-key', ...signal }, async (key) => {
      const c = opts.client(key);
      const created = await c.predictions.create({ model: KEY_PROBE_MODEL, input: { prompt: 'Reply with OK.', max_tokens: 1 }, ...signal });
      const p = parseResponse(Prediction, created, { provider: 'replicate', operation: 'test-key' });
      // Best effort: the probe costs next to nothing even if the cancel does not arrive.
      await c.predictions.cancel(p.id).catch(() => undefined);
      return p.id;
    }),
  );
  if ('result' in probe) return probe.result;
  return {
    status: 'ok',
    message: `The Replicate key works (account ${account.value.username}) and can start predictions.`,
    details: { account: account.value.username, probePrediction: probe.value },
  };
}
