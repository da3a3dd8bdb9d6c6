import type RunwayML from '@runwayml/sdk';
import type { KeyTestResult } from '../../provider';
import { keyStep } from '../key-test-outcome';
import type { Runner } from '../operation-runner';
import { parseResponse } from '../parse-response';
import { Organization } from './runway-schemas';

export interface RunwayKeyTestOptions {
  run: Runner;
  client: (key: string) => RunwayML;
  signal?: AbortSignal;
}

/** GET /v1/organization: 401 = invalid key; creditBalance ≤ 0 = out of credit (free call). */
export async function testRunwayKey(opts: RunwayKeyTestOptions): Promise<KeyTestResult> {
  const signal = opts.signal ? { signal: opts.signal } : {};
  const org = await keyStep(() =>
    opts.run({ operation: 'test-key', ...signal }, async (key) =>
      parseResponse(Organization, await opts.client(key).organization.retrieve(signal), { provider: 'runway', operation: 'test-key' }),
    ),
  );
  if ('result' in org) return org.result;
  const credits = org.value.creditBalance;
  if (credits <= 0) {
    return { status: 'out-of-credit', message: 'The Runway key works but the organization has no credits left. Buy credits in the Runway developer portal.', details: { creditBalance: credits } };
  }
  return { status: 'ok', message: `The Runway key works; the organization has ${credits} credits ($${(credits * 0.01).toFixed(2)}).`, details: { creditBalance: credits } };
}
