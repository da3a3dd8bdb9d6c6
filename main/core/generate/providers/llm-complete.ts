import { AppError } from '../../shared/app-error';
import type { Provider } from '../provider';
import { pollUntilDone } from './poll-until-done';

export interface LlmCompleteOptions {
  provider: Provider;
  model?: string;
  maxTokens?: number;
  temperature?: number;
  intervalMs?: number;
  timeoutMs?: number;
  signal?: AbortSignal;
}

/**
 * The planner's "one LLM call" (system + user prompt in, whole text out) on top of a Provider:
 * submit, our own poll loop, join the tokens. Failures are the provider's typed AppErrors.
 */
export function llmComplete(opts: LlmCompleteOptions): (prompt: { system: string; user: string }) => Promise<string> {
  return async (prompt) => {
    const sig = opts.signal ? { signal: opts.signal } : {};
    const { remoteId } = await opts.provider.submit(
      {
        kind: 'text',
        model: opts.model ?? 'meta/meta-llama-3.1-405b-instruct',
        prompt: prompt.user,
        systemPrompt: prompt.system,
        ...(opts.maxTokens !== undefined ? { maxTokens: opts.maxTokens } : {}),
        ...(opts.temperature !== undefined ? { temperature: opts.temperature } : {}),
      },
      sig,
    );
    const done = await pollUntilDone({ provider: opts.provider, remoteId, timeoutMs: opts.timeoutMs ?? 180_000, ...(opts.intervalMs !== undefined ? { intervalMs: opts.intervalMs } : {}), ...sig }).catch(
      async (err: unknown) => {
        // Stopped waiting (cancel or deadline): stop paying for tokens nobody will read.
        await opts.provider.cancel(remoteId).catch(() => undefined);
        throw err;
      },
    );
    if (done.status === 'succeeded') return done.text ?? '';
    throw done.error ?? new AppError('PROVIDER_ERROR', `The planner model stopped without an answer (${done.providerStatus}).`, { remoteId, retryable: done.status !== 'cancelled' });
  };
}
