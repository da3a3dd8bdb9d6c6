import { describe, expect, it } from 'vitest';
import type { JobDto } from '../../../../preload/contract/dto/job-dto';
import { isMissingKey, MISSING_KEY_TEXT, voiceoverStatus } from './voiceover-status';

const ASSET = 'b'.repeat(64);
const job = (over: Partial<JobDto>): JobDto => ({
  id: 'j1',
  projectId: 'p1',
  kind: 'voiceover',
  provider: 'elevenlabs',
  model: null,
  state: 'queued',
  outputAssetId: null,
  sourceAssetId: null,
  review: 'pending',
  errorCode: null,
  errorMessage: null,
  attempts: 0,
  progress: null,
  costEstimateUsd: null,
  costActualUsd: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  startedAt: null,
  finishedAt: null,
  ...over,
});

describe('isMissingKey', () => {
  it('recognises the missing-key detail and the missing-key job message', () => {
    expect(isMissingKey({ code: 'AUTH_FAILED', details: { missingKey: true } })).toBe(true);
    expect(isMissingKey({ code: 'AUTH_FAILED', message: 'No ElevenLabs API key is set. Set ELEVENLABS_API_KEY.' })).toBe(true);
  });
  it('does not take a rejected key or another code for a missing one', () => {
    expect(isMissingKey({ code: 'AUTH_FAILED', message: 'ElevenLabs rejected the API key while submitting (401).' })).toBe(false);
    expect(isMissingKey({ code: 'PROVIDER_ERROR', details: { missingKey: true } })).toBe(false);
    expect(isMissingKey({ code: null, message: 'No key is set' })).toBe(false);
  });
});

describe('voiceoverStatus', () => {
  it('waits for the first event, then runs with the progress event or the job progress', () => {
    expect(voiceoverStatus(undefined, undefined)).toEqual({ phase: 'waiting' });
    expect(voiceoverStatus(job({ state: 'running', progress: 0.2 }), undefined)).toEqual({ phase: 'running', progress: 0.2, label: 'Speaking the script…' });
    expect(voiceoverStatus(job({ state: 'running', progress: 0.2 }), { progress: 0.6, status: 'Downloading' })).toEqual({ phase: 'running', progress: 0.6, label: 'Downloading' });
  });
  it('gives the asset when done, and the reason when failed', () => {
    expect(voiceoverStatus(job({ state: 'succeeded', outputAssetId: ASSET }), undefined)).toEqual({ phase: 'done', assetId: ASSET });
    expect(voiceoverStatus(job({ state: 'failed', errorCode: 'RATE_LIMITED', errorMessage: 'ElevenLabs is busy.' }), undefined)).toEqual({ phase: 'failed', message: 'ElevenLabs is busy.', missingKey: false });
    expect(voiceoverStatus(job({ state: 'failed', errorCode: 'AUTH_FAILED', errorMessage: 'No ElevenLabs API key is set. Set X.' }), undefined)).toEqual({ phase: 'failed', message: MISSING_KEY_TEXT, missingKey: true });
    expect(voiceoverStatus(job({ state: 'cancelled' }), undefined)).toEqual({ phase: 'cancelled' });
  });
});
