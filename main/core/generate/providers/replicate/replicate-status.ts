import { AppError } from '../../../shared/app-error';
import { costOf, priceRule, type BillableUnits } from '../../prices';
import type { PollResult, RemoteStatus } from '../../provider';
import type { ReplicateModel } from './replicate-models';
import type { Prediction } from './replicate-schemas';

const STATUS: Record<Prediction['status'], RemoteStatus> = {
  starting: 'queued',
  processing: 'running',
  succeeded: 'succeeded',
  failed: 'failed',
  canceled: 'cancelled',
  // Deadline passed before a worker picked it up; the client 1.4.0 does not know this status.
  aborted: 'failed',
};

/** Last tqdm percentage in the logs ("76%|███  | 7568/10000"), as 0..1. */
export function progressFromLogs(logs: string | null | undefined): number | null {
  if (!logs) return null;
  const all = [...logs.matchAll(/(\d{1,3})%\|/g)];
  const last = all[all.length - 1]?.[1];
  return last === undefined ? null : Math.min(100, Number(last)) / 100;
}

function outputUrls(output: unknown): string[] {
  const list = Array.isArray(output) ? output : [output];
  return list.filter((v): v is string => typeof v === 'string' && /^https?:\/\//.test(v));
}

function failure(p: Prediction): AppError {
  if (p.status === 'aborted') {
    return new AppError('PROVIDER_ERROR', `Replicate prediction ${p.id} was aborted before it started (its deadline passed in the queue). Try again.`, {
      provider: 'replicate', remoteId: p.id, providerStatus: p.status, retryable: true,
    });
  }
  const text = typeof p.error === 'string' ? p.error : p.error ? JSON.stringify(p.error) : 'no reason given';
  return new AppError('PROVIDER_ERROR', `Replicate prediction ${p.id} failed: ${text.slice(0, 500)}`, {
    provider: 'replicate', remoteId: p.id, providerStatus: p.status, providerMessage: text.slice(0, 2000), retryable: false,
  });
}

/** Actual charge from what Replicate reports: compute time, tokens, or seconds of video made. */
export function actualCostUsd(p: Prediction, model: ReplicateModel | undefined): number | null {
  if (!model || STATUS[p.status] === 'queued' || STATUS[p.status] === 'running') return null;
  const rule = priceRule('replicate', model.model);
  let units: BillableUnits;
  if (rule.type === 'compute-seconds') units = { computeSeconds: p.metrics?.predict_time ?? 0 };
  else if (rule.type === 'tokens') units = { inputTokens: p.metrics?.input_token_count ?? 0, outputTokens: p.metrics?.output_token_count ?? 0 };
  else if (p.status !== 'succeeded') return 0;
  else if (!p.input) return null;
  else units = model.billable(p.input);
  return costOf(rule, units).usd;
}

export function predictionToPoll(p: Prediction, model: ReplicateModel | undefined): PollResult {
  const status = STATUS[p.status];
  const result: PollResult = {
    remoteId: p.id,
    status,
    providerStatus: p.status,
    progress: status === 'succeeded' ? 1 : progressFromLogs(p.logs),
    outputUrls: status === 'succeeded' && model?.kind !== 'text' ? outputUrls(p.output) : [],
    costUsd: actualCostUsd(p, model),
    estimateUsd: null,
  };
  if (status === 'succeeded' && model?.kind === 'text') {
    result.text = Array.isArray(p.output) ? p.output.map(String).join('') : typeof p.output === 'string' ? p.output : '';
  }
  if (status === 'failed') result.error = failure(p);
  return result;
}
