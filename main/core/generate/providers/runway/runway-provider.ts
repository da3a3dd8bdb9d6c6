import RunwayML from '@runwayml/sdk';
import { AppError } from '../../../shared/app-error';
import { costOf, priceRule, runwayCreditsToUsd } from '../../prices';
import type { CallOptions, GenerationRequest, Provider } from '../../provider';
import { downloadWithRefresh } from '../download-with-refresh';
import { resolveBaseUrl } from '../endpoints';
import { findModel } from '../model-params';
import { createRunner } from '../operation-runner';
import { checkRemoteId, parseResponse } from '../parse-response';
import { redactPollError } from '../redact';
import { DEFAULT_DOWNLOAD_TIMEOUT_MS, DEFAULT_REQUEST_TIMEOUT_MS, type ProviderDeps } from '../provider-deps';
import { classifyRunwayError } from './runway-errors';
import { runwayImageUri } from './runway-image';
import { testRunwayKey } from './runway-key-test';
import { RUNWAY_MODELS, type RunwayBodyContext, type RunwayModel } from './runway-models';
import { CreateResponse, Task } from './runway-schemas';
import { taskToPoll } from './runway-status';
import { validateRunwayRequest } from './runway-validate';

const ID_PATTERN = /^[A-Za-z0-9-]{1,64}$/;
// Pinned rather than left to the SDK default: the adapter is verified against this version (§1.1).
const RUNWAY_API_VERSION = '2024-11-06';

export interface RunwayDeps extends ProviderDeps {
  /** Data URIs up to this length go inline, larger images through the uploads API. */
  inlineImageLimit?: number;
}

/** Runway through `@runwayml/sdk`: create, then our own polling (never waitForTaskOutput). */
export function createRunwayProvider(deps: RunwayDeps): Provider {
  const baseURL = resolveBaseUrl('runway', { ...(deps.baseUrl !== undefined ? { override: deps.baseUrl } : {}), ...(deps.env ? { env: deps.env } : {}) });
  const run = createRunner({ provider: 'runway', secrets: deps.secrets, classify: classifyRunwayError, log: deps.log });
  // maxRetries 0: a silent SDK retry of a create could pay twice; the job queue retries instead.
  const client = (apiKey: string): RunwayML =>
    new RunwayML({ apiKey, baseURL, runwayVersion: RUNWAY_API_VERSION, maxRetries: 0, timeout: deps.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS, logLevel: 'off' });
  const sig = (opts: CallOptions): { signal?: AbortSignal } => (opts.signal ? { signal: opts.signal } : {});
  const getTask = async (c: RunwayML, id: string, opts: CallOptions): Promise<Task> =>
    parseResponse(Task, await c.tasks.retrieve(id, sig(opts)), { provider: 'runway', operation: 'poll' });

  async function bodyContext(c: RunwayML, model: RunwayModel, req: GenerationRequest, opts: CallOptions): Promise<RunwayBodyContext> {
    const image = (path: string): Promise<string> =>
      runwayImageUri({
        client: c, path, maxSide: model.maxImageSide ?? 2048, ...sig(opts),
        ...(deps.inlineImageLimit !== undefined ? { inlineLimit: deps.inlineImageLimit } : {}), ...(deps.ffmpeg ? { ffmpeg: deps.ffmpeg } : {}),
      });
    if (req.kind === 'image-to-video') return { imageUri: await image(req.imagePath) };
    if (req.kind !== 'text-to-image') return {};
    const references: { uri: string; tag: string }[] = [];
    for (const ref of req.referenceImages ?? []) references.push({ uri: await image(ref.path), tag: ref.tag });
    return { references };
  }

  return {
    id: 'runway',
    models: RUNWAY_MODELS,
    // Runway asks clients not to poll a task more often than every 5 s.
    pollIntervalMs: deps.pollIntervalMs ?? 5000,

    submit: async (request, opts = {}) => {
      const model = findModel(RUNWAY_MODELS, request);
      const { durationSec } = validateRunwayRequest(model, request);
      return run({ operation: 'submit', ...opts }, async (key) => {
        const c = client(key);
        const ctx = { ...(await bodyContext(c, model, request, opts)), ...(durationSec ? { durationSec } : {}) };
        const created =
          model.endpoint === 'image_to_video' && request.kind === 'image-to-video'
            ? await c.imageToVideo.create(model.buildBody(request, ctx), sig(opts))
            : model.endpoint === 'text_to_image' && request.kind === 'text-to-image'
              ? await c.textToImage.create(model.buildBody(request, ctx), sig(opts))
              : null;
        if (!created) throw new AppError('BAD_INPUT', `${model.model} does not do ${request.kind}.`, { field: 'kind', retryable: false });
        const res = parseResponse(CreateResponse, created, { provider: 'runway', operation: 'submit' });
        deps.log?.({ level: 'info', provider: 'runway', event: 'submitted', fields: { remoteId: res.id, model: model.model } });
        return { remoteId: res.id, providerEstimateUsd: res.estimatedCost ? runwayCreditsToUsd(res.estimatedCost.credits) : null };
      });
    },

    poll: async (remoteId, opts = {}) => {
      checkRemoteId({ provider: 'runway', remoteId, pattern: ID_PATTERN });
      return run({ operation: 'poll', remoteId, ...opts }, async (key) => redactPollError(taskToPoll(await getTask(client(key), remoteId, opts)), [key]));
    },

    // DELETE cancels a running task or deletes a finished one; afterwards GET answers 404.
    cancel: async (remoteId, opts = {}) => {
      checkRemoteId({ provider: 'runway', remoteId, pattern: ID_PATTERN });
      return run({ operation: 'cancel', remoteId, ...opts }, async (key) => {
        await client(key).tasks.delete(remoteId, sig(opts));
        deps.log?.({ level: 'info', provider: 'runway', event: 'cancelled', fields: { remoteId } });
      }).catch((err: unknown) => {
        if (!(err instanceof AppError && err.code === 'NOT_FOUND')) throw err;
      });
    },

    download: async (req) => {
      checkRemoteId({ provider: 'runway', remoteId: req.remoteId, pattern: ID_PATTERN });
      return run({ operation: 'download', remoteId: req.remoteId, ...sig(req) }, async (key) => {
        const c = client(key);
        const freshUrls = async (): Promise<string[]> => {
          const task = await getTask(c, req.remoteId, req);
          if (task.status !== 'SUCCEEDED') {
            throw new AppError('CONFLICT', `Runway task ${req.remoteId} has no output to download (status ${task.status}).`, {
              provider: 'runway', remoteId: req.remoteId, retryable: task.status === 'PENDING' || task.status === 'THROTTLED' || task.status === 'RUNNING',
            });
          }
          return task.output;
        };
        return downloadWithRefresh({ provider: 'runway', req, timeoutMs: deps.downloadTimeoutMs ?? DEFAULT_DOWNLOAD_TIMEOUT_MS, freshUrls });
      });
    },

    estimateCost: (request) => {
      const model = findModel(RUNWAY_MODELS, request);
      const { durationSec } = validateRunwayRequest(model, request);
      return costOf(priceRule('runway', model.model), model.billable(request, durationSec));
    },

    testKey: (opts = {}) => testRunwayKey({ run, client, ...sig(opts) }),
  };
}
