import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/app-error';
import { costOf, priceRule } from '../../prices';
import type { CallOptions, DownloadResult, PollResult, SpeechProvider, SpeechRequest } from '../../provider';
import { resolveBaseUrl } from '../endpoints';
import { findModel } from '../model-params';
import { createRunner } from '../operation-runner';
import { checkRemoteId, parseResponse } from '../parse-response';
import { DEFAULT_REQUEST_TIMEOUT_MS, type ProviderDeps } from '../provider-deps';
import { classifyElevenLabsError, elevenLabsFetch } from './elevenlabs-http';
import { testElevenLabsKey } from './elevenlabs-key-test';
import { ELEVENLABS_MODELS, formatFile } from './elevenlabs-models';
import { VoicesResponse, WithTimestamps } from './elevenlabs-schemas';
import { newStagedId, readStaged, removeStaged, STAGED_ID, toAlignment, writeStaged, type StagedSpeech } from './elevenlabs-staging';
import { speechBody, validateSpeech } from './elevenlabs-validate';
import { wordsFromAlignment } from './word-timings';

function speechOnly(req: { kind: string }): SpeechRequest {
  if (req.kind !== 'speech') throw new AppError('BAD_INPUT', `ElevenLabs only does speech, not ${req.kind}.`, { field: 'kind', retryable: false });
  return req as SpeechRequest;
}

/** ElevenLabs text-to-speech over fetch, with timestamps so captions can follow the voice. */
export function createElevenLabsProvider(deps: ProviderDeps): SpeechProvider {
  const baseUrl = resolveBaseUrl('elevenlabs', { ...(deps.baseUrl !== undefined ? { override: deps.baseUrl } : {}), ...(deps.env ? { env: deps.env } : {}) });
  // Production passes a folder in the data dir, so staged audio survives a restart.
  const dir = deps.workDir ?? path.join(os.tmpdir(), 'adloom-elevenlabs');
  const timeoutMs = deps.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const run = createRunner({ provider: 'elevenlabs', secrets: deps.secrets, classify: classifyElevenLabsError, log: deps.log });
  const call = (key: string, r: { method: 'GET' | 'POST'; path: string; query?: Record<string, string>; body?: unknown }, opts: CallOptions): Promise<Response> =>
    elevenLabsFetch({ baseUrl, key, timeoutMs, ...r, ...(opts.signal ? { signal: opts.signal } : {}) });
  const staged = async (remoteId: string): Promise<StagedSpeech> => {
    checkRemoteId({ provider: 'elevenlabs', remoteId, pattern: STAGED_ID });
    const meta = await readStaged(dir, remoteId);
    if (!meta) throw new AppError('NOT_FOUND', `No finished ElevenLabs voice-over ${remoteId} is stored in ${dir}.`, { provider: 'elevenlabs', remoteId, retryable: false });
    return meta;
  };
  const cost = (meta: Pick<StagedSpeech, 'model' | 'characters'>): number => costOf(priceRule('elevenlabs', meta.model), { characters: meta.characters }).usd;

  return {
    id: 'elevenlabs',
    models: ELEVENLABS_MODELS,
    pollIntervalMs: deps.pollIntervalMs ?? 0,

    submit: async (request, opts = {}) => {
      const req = speechOnly(request);
      const model = findModel(ELEVENLABS_MODELS, req);
      const format = validateSpeech(model, req);
      return run({ operation: 'submit', ...opts }, async (key) => {
        const res = await call(key, { method: 'POST', path: `/v1/text-to-speech/${req.voiceId}/with-timestamps`, query: { output_format: format }, body: speechBody(req) }, opts);
        const json = parseResponse(WithTimestamps, await res.json(), { provider: 'elevenlabs', operation: 'submit' });
        const { ext, contentType } = formatFile(format);
        const meta = await writeStaged(dir, {
          audio: Buffer.from(json.audio_base64, 'base64'),
          meta: {
            remoteId: newStagedId(), model: model.model, voiceId: req.voiceId, outputFormat: format, ext, contentType,
            characters: req.text.trim().length, requestId: res.headers.get('request-id'), alignment: toAlignment(json.alignment), createdAt: new Date().toISOString(),
          },
        });
        deps.log?.({ level: 'info', provider: 'elevenlabs', event: 'submitted', fields: { remoteId: meta.remoteId, model: model.model } });
        return { remoteId: meta.remoteId, providerEstimateUsd: null };
      });
    },

    poll: async (remoteId): Promise<PollResult> => {
      const meta = await staged(remoteId);
      return {
        remoteId, status: 'succeeded', providerStatus: 'done', progress: 1, outputUrls: [], costUsd: cost(meta), estimateUsd: null,
        ...(meta.alignment ? { alignment: meta.alignment, words: wordsFromAlignment(meta.alignment) } : {}),
      };
    },

    // Nothing runs remotely; cancelling drops the staged result.
    cancel: async (remoteId) => {
      checkRemoteId({ provider: 'elevenlabs', remoteId, pattern: STAGED_ID });
      await removeStaged(dir, remoteId);
    },

    download: async (req): Promise<DownloadResult> => {
      const meta = await staged(req.remoteId);
      await fs.mkdir(path.dirname(req.destPath), { recursive: true });
      const temp = path.join(path.dirname(req.destPath), `.tmp-${randomUUID()}${path.extname(req.destPath)}`);
      try {
        await fs.copyFile(path.join(dir, meta.audioFile), temp);
        await fs.rename(temp, req.destPath);
      } catch (err) {
        await fs.rm(temp, { force: true });
        throw new AppError('IO_ERROR', `Could not write the voice-over to ${req.destPath}: ${(err as Error).message}`, { file: req.destPath, retryable: false });
      }
      const { size } = await fs.stat(req.destPath);
      return { path: req.destPath, bytes: size, contentType: meta.contentType };
    },

    estimateCost: (request) => {
      const req = speechOnly(request);
      const model = findModel(ELEVENLABS_MODELS, req);
      return costOf(priceRule('elevenlabs', model.model), { characters: req.text.trim().length });
    },

    testKey: (opts = {}) => testElevenLabsKey({ run, get: (key, p) => call(key, { method: 'GET', path: p }, opts), ...(opts.signal ? { signal: opts.signal } : {}) }),

    listVoices: (opts = {}) =>
      run({ operation: 'list-voices', ...opts }, async (key) => {
        const res = await call(key, { method: 'GET', path: '/v1/voices' }, opts);
        const body = parseResponse(VoicesResponse, await res.json(), { provider: 'elevenlabs', operation: 'list-voices' });
        return body.voices.map((v) => ({ voiceId: v.voice_id, name: v.name, category: v.category ?? null, labels: v.labels ?? {}, previewUrl: v.preview_url ?? null }));
      }),
  };
}
