import Replicate from 'replicate';
import { AppError } from '../../../shared/app-error';
import { costOf, priceRule } from '../../prices';
import type { CallOptions, GenerationRequest, KeyTestResult, Provider } from '../../provider';
import { downloadWithRefresh } from '../download-with-refresh';
import { resolveBaseUrl } from '../endpoints';
import { checkPrompt, findModel, resolveDuration } from '../model-params';
import { createRunner } from '../operation-runner';
import { checkRemoteId, parseResponse } from '../parse-response';
import { redactPollError } from '../redact';
import { DEFAULT_DOWNLOAD_TIMEOUT_MS, DEFAULT_REQUEST_TIMEOUT_MS, type ProviderDeps } from '../provider-deps';
import { singleShotFetch } from '../single-shot-fetch';
import { testReplicateKey } from './replicate-key-test';
import { replicateImageUri } from './replicate-image';
import { classifyReplicateError } from './replicate-errors';
import { REPLICATE_MODELS, type ReplicateModel } from './replicate-models';
import { predictionToPoll } from './replicate-status';
import { Prediction } from './replicate-schemas';

const ID_PATTERN = /^[a-z0-9]{1,64}$/i;

export interface ReplicateDeps extends ProviderDeps {
  /** Images whose data URI is at most this long go inline, larger ones via the files API. */
  inlineImageLimit?: number;
}

function prepared(model: ReplicateModel, req: GenerationRequest): { durationSec?: number } {
  if (req.kind === 'image-to-video') {
    checkPrompt({ text: req.prompt, required: model.inputs.prompt === 'required', max: model.maxPromptChars, model: model.model });
    return { durationSec: resolveDuration(model, req.durationSec) };
  }
  if (req.kind === 'text') checkPrompt({ text: req.prompt, required: true, max: undefined, model: model.model });
  return {};
}

/** Replicate through the `replicate` client: create + own polling, never run()/wait(). */
export function createReplicateProvider(deps: ReplicateDeps): Provider {
  const baseUrl = resolveBaseUrl('replicate', { ...(deps.baseUrl !== undefined ? { override: deps.baseUrl } : {}), ...(deps.env ? { env: deps.env } : {}) });
  const timeoutMs = deps.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const run = createRunner({ provider: 'replicate', secrets: deps.secrets, classify: classifyReplicateError, log: deps.log });
  // useFileOutput off: outputs stay plain URL strings, downloaded by us (§2.7 pitfall 4).
  const client = (auth: string): Replicate =>
    new Replicate({ auth, baseUrl, useFileOutput: false, fileEncodingStrategy: 'upload', fetch: singleShotFetch(timeoutMs) });
  const modelOf = (p: Prediction): ReplicateModel | undefined => REPLICATE_MODELS.find((m) => m.model === p.model);
  const getPrediction = (c: Replicate, remoteId: string, opts: CallOptions): Promise<Prediction> =>
    c.predictions.get(remoteId, opts.signal ? { signal: opts.signal } : {}).then((p) => parseResponse(Prediction, p, { provider: 'replicate', operation: 'poll' }));

  const provider: Provider = {
    id: 'replicate',
    models: REPLICATE_MODELS,
    pollIntervalMs: deps.pollIntervalMs ?? 2000,

    submit: async (request, opts = {}) => {
      const model = findModel(REPLICATE_MODELS, request);
      const { durationSec } = prepared(model, request);
      return run({ operation: 'submit', ...opts }, async (key) => {
        const c = client(key);
        const imageUri =
          request.kind === 'image-to-video'
            ? await replicateImageUri({ client: c, path: request.imagePath, maxSide: model.maxImageSide ?? 2048, ...pick(deps, opts) })
            : undefined;
        const input = model.buildInput(request, { ...(imageUri ? { imageUri } : {}), ...(durationSec ? { durationSec } : {}) });
        const target = model.version ? { version: model.version } : { model: model.model };
        const created = await c.predictions.create({ ...target, input, ...(opts.signal ? { signal: opts.signal } : {}) });
        const p = parseResponse(Prediction, created, { provider: 'replicate', operation: 'submit' });
        deps.log?.({ level: 'info', provider: 'replicate', event: 'submitted', fields: { remoteId: p.id, model: model.model } });
        return { remoteId: p.id, providerEstimateUsd: null };
      });
    },

    poll: async (remoteId, opts = {}) => {
      checkRemoteId({ provider: 'replicate', remoteId, pattern: ID_PATTERN });
      return run({ operation: 'poll', remoteId, ...opts }, async (key) => {
        const p = await getPrediction(client(key), remoteId, opts);
        return redactPollError(predictionToPoll(p, modelOf(p)), [key]);
      });
    },

    cancel: async (remoteId, opts = {}) => {
      checkRemoteId({ provider: 'replicate', remoteId, pattern: ID_PATTERN });
      return run({ operation: 'cancel', remoteId, ...opts }, async (key) => {
        await client(key).predictions.cancel(remoteId, opts.signal ? { signal: opts.signal } : {});
        deps.log?.({ level: 'info', provider: 'replicate', event: 'cancelled', fields: { remoteId } });
      }).catch(ignoreNotFound);
    },

    download: async (req) => {
      checkRemoteId({ provider: 'replicate', remoteId: req.remoteId, pattern: ID_PATTERN });
      return run({ operation: 'download', remoteId: req.remoteId, ...(req.signal ? { signal: req.signal } : {}) }, async (key) => {
        const c = client(key);
        const freshUrls = async (): Promise<string[]> => {
          const p = await getPrediction(c, req.remoteId, req);
          if (p.status !== 'succeeded') throw notFinished(req.remoteId, p.status);
          return p.data_removed ? [] : predictionToPoll(p, modelOf(p)).outputUrls;
        };
        return downloadWithRefresh({ provider: 'replicate', req, timeoutMs: deps.downloadTimeoutMs ?? DEFAULT_DOWNLOAD_TIMEOUT_MS, freshUrls });
      });
    },

    estimateCost: (request) => {
      const model = findModel(REPLICATE_MODELS, request);
      const { durationSec } = prepared(model, request);
      const input = model.buildInput(request, durationSec ? { durationSec } : {});
      return costOf(priceRule('replicate', model.model), model.billable(input));
    },

    testKey: (opts: CallOptions = {}): Promise<KeyTestResult> => testReplicateKey({ run, client, ...opts }),
  };
  return provider;
}

function pick(deps: ReplicateDeps, opts: CallOptions): { inlineLimit?: number; ffmpeg?: ReplicateDeps['ffmpeg']; signal?: AbortSignal } {
  return {
    ...(deps.inlineImageLimit !== undefined ? { inlineLimit: deps.inlineImageLimit } : {}),
    ...(deps.ffmpeg ? { ffmpeg: deps.ffmpeg } : {}),
    ...(opts.signal ? { signal: opts.signal } : {}),
  };
}

function notFinished(remoteId: string, status: string): AppError {
  return new AppError('CONFLICT', `Replicate prediction ${remoteId} has no output to download (status ${status}).`, { provider: 'replicate', remoteId, retryable: status === 'starting' || status === 'processing' });
}

/** Cancelling something that no longer exists has nothing left to do. */
function ignoreNotFound(err: unknown): void {
  if (err instanceof AppError && err.code === 'NOT_FOUND') return;
  throw err;
}
