import { describe, expect, it } from 'vitest';
import { motionBucket, REPLICATE_MODELS } from './replicate-models';
import { predictionToPoll, progressFromLogs } from './replicate-status';
import type { Prediction } from './replicate-schemas';

const model = (id: string) => REPLICATE_MODELS.find((m) => m.model === id);
const pred = (over: Partial<Prediction>): Prediction => ({ id: 'p1', status: 'processing', model: 'kwaivgi/kling-v2.1', ...over });

describe('Replicate prediction mapping', () => {
  it('reads tqdm progress from the logs', () => {
    expect(progressFromLogs('10%|█ | 1/10\n76%|███████ | 7568/10000\n')).toBe(0.76);
    expect(progressFromLogs('')).toBeNull();
  });

  it('maps statuses, URLs, text and cost', () => {
    expect(predictionToPoll(pred({ status: 'starting' }), model('kwaivgi/kling-v2.1'))).toMatchObject({ status: 'queued', costUsd: null });
    const done = predictionToPoll(pred({ status: 'succeeded', output: 'https://replicate.delivery/x.mp4', input: { duration: 10, mode: 'pro' } }), model('kwaivgi/kling-v2.1'));
    expect(done).toMatchObject({ status: 'succeeded', outputUrls: ['https://replicate.delivery/x.mp4'], costUsd: 0.9, progress: 1 });
    const svd = predictionToPoll(pred({ status: 'canceled', model: 'stability-ai/stable-video-diffusion', metrics: { predict_time: 20 } }), model('stability-ai/stable-video-diffusion'));
    expect(svd).toMatchObject({ status: 'cancelled', costUsd: 0.028 });
    const llm = predictionToPoll(pred({ status: 'succeeded', model: 'meta/meta-llama-3.1-405b-instruct', output: ['{"a', '":', ' 1}'], metrics: { input_token_count: 100, output_token_count: 10 } }), model('meta/meta-llama-3.1-405b-instruct'));
    expect(llm).toMatchObject({ text: '{"a": 1}', outputUrls: [], costUsd: 0.001045 });
  });

  it('never sends motion_bucket_id 0', () => {
    expect([0, 0.5, 1, undefined, -3, 9].map(motionBucket)).toEqual([1, 128, 255, 128, 1, 255]);
  });
});
