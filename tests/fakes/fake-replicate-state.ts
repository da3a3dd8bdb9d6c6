import { randomBytes } from 'node:crypto';
import type { FakeModel } from './fake-replicate-schemas';

/** How a prediction ends. Scripted per prediction through FakeReplicate.nextOutcomes. */
export type ReplicateOutcome = { status: 'succeeded' } | { status: 'failed'; error: string } | { status: 'aborted' };

export interface FakePrediction {
  id: string;
  model: FakeModel;
  input: Record<string, unknown>;
  createdAt: number;
  outcome: ReplicateOutcome;
  canceledAt?: number;
}

export interface ReplicateTiming {
  startingMs: number;
  processingMs: number;
  /** Outputs, inputs and logs are deleted this long after completion (1 h on the real service). */
  retentionMs: number;
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** 26 lowercase alphanumerics, like Replicate's prediction and file ids. */
export function replicateId(): string {
  return [...randomBytes(26)].map((b) => ALPHABET[b % ALPHABET.length]).join('');
}

const iso = (ms: number): string => new Date(ms).toISOString();

/** The LLM's answer as Replicate streams it: an array of small token strings. */
export function tokenize(text: string): string[] {
  return text.match(/.{1,3}/gs) ?? [];
}

/** The prediction object (api-protocols.md §2.3) as it looks at time `now`. */
export function predictionView(p: FakePrediction, ctx: { origin: string; timing: ReplicateTiming; llmReply: string; now: number }): Record<string, unknown> {
  const { timing, now } = ctx;
  const started = p.createdAt + timing.startingMs;
  const done = started + timing.processingMs;
  let status: string;
  let completedAt: number | null = null;
  if (p.canceledAt !== undefined) {
    status = 'canceled';
    completedAt = p.canceledAt;
  } else if (now < started) status = 'starting';
  else if (p.outcome.status === 'aborted') {
    status = 'aborted';
    completedAt = started;
  } else if (now < done) status = 'processing';
  else {
    status = p.outcome.status;
    completedAt = done;
  }
  const ranFor = completedAt === null ? null : Math.max(0, Math.min(completedAt, done) - started) / 1000;
  const removed = completedAt !== null && now - completedAt > timing.retentionMs;
  const pct = status === 'processing' ? Math.floor(((now - started) / timing.processingMs) * 100) : status === 'succeeded' ? 100 : 0;
  const tokens = p.model.output === 'tokens' ? tokenize(ctx.llmReply) : [];
  let output: unknown = null;
  if (status === 'succeeded' && !removed) output = p.model.output === 'video' ? `${ctx.origin}/delivery/${p.id}/output.mp4` : tokens;
  const url = `${ctx.origin}/v1/predictions/${p.id}`;
  return {
    id: p.id,
    model: `${p.model.owner}/${p.model.name}`,
    version: p.model.version,
    input: removed ? {} : p.input,
    logs: removed || status === 'starting' ? '' : `${pct}%|${'█'.repeat(Math.floor(pct / 10))}| ${pct}/100\n`,
    output,
    data_removed: removed,
    error: status === 'failed' && p.outcome.status === 'failed' ? p.outcome.error : null,
    status,
    source: 'api',
    created_at: iso(p.createdAt),
    ...(now >= started && status !== 'aborted' ? { started_at: iso(started) } : {}),
    ...(completedAt !== null ? { completed_at: iso(completedAt) } : {}),
    urls: { get: url, cancel: `${url}/cancel`, web: `https://replicate.com/p/${p.id}`, ...(p.model.output === 'tokens' ? { stream: `${ctx.origin}/stream/${p.id}` } : {}) },
    ...(ranFor !== null
      ? {
          metrics: {
            predict_time: ranFor,
            total_time: (completedAt! - p.createdAt) / 1000,
            ...(p.model.output === 'tokens' ? { input_token_count: Math.ceil(JSON.stringify(p.input).length / 4), output_token_count: tokens.length } : {}),
          },
        }
      : {}),
  };
}
