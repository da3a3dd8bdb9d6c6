import { describe, expect, it } from 'vitest';
import { taskFailure, taskToPoll } from './runway-status';

const failed = (failureCode?: string) => ({ id: 't1', status: 'FAILED' as const, failure: 'raw text', ...(failureCode ? { failureCode } : {}), cost: { credits: 0 } });

describe('Runway task mapping', () => {
  it('maps every status and costs', () => {
    expect(taskToPoll({ id: 't1', status: 'THROTTLED', estimatedCost: { credits: 25 } })).toEqual({ remoteId: 't1', status: 'queued', providerStatus: 'THROTTLED', progress: null, outputUrls: [], costUsd: null, estimateUsd: 0.25 });
    expect(taskToPoll({ id: 't1', status: 'RUNNING', progress: 0.4 })).toMatchObject({ status: 'running', progress: 0.4 });
    expect(taskToPoll({ id: 't1', status: 'SUCCEEDED', output: ['https://cdn/x.mp4'], cost: { credits: 25 } })).toMatchObject({ status: 'succeeded', outputUrls: ['https://cdn/x.mp4'], costUsd: 0.25, estimateUsd: null });
    expect(taskToPoll({ id: 't1', status: 'CANCELLED', cost: { credits: 0 } })).toMatchObject({ status: 'cancelled', costUsd: 0 });
  });

  it('maps failure code families to codes and retryability, keeping the raw text out of the message', () => {
    const rows = ['SAFETY.INPUT.TEXT', 'INPUT_PREPROCESSING.SAFETY.TEXT', 'SAFETY.OUTPUT.VIDEO', 'ASSET.INVALID', 'INTERNAL.BAD_OUTPUT.CODE01', 'INPUT_PREPROCESSING.INTERNAL', 'INTERNAL', 'SOMETHING.NEW', undefined].map((fc) => {
      const e = taskFailure(failed(fc));
      return [fc, e.code, e.details?.retryable];
    });
    expect(rows).toEqual([
      ['SAFETY.INPUT.TEXT', 'BAD_INPUT', false],
      ['INPUT_PREPROCESSING.SAFETY.TEXT', 'BAD_INPUT', false],
      ['SAFETY.OUTPUT.VIDEO', 'PROVIDER_ERROR', false],
      ['ASSET.INVALID', 'BAD_INPUT', false],
      ['INTERNAL.BAD_OUTPUT.CODE01', 'PROVIDER_ERROR', false],
      ['INPUT_PREPROCESSING.INTERNAL', 'PROVIDER_ERROR', true],
      ['INTERNAL', 'PROVIDER_ERROR', true],
      ['SOMETHING.NEW', 'PROVIDER_ERROR', false],
      [undefined, 'PROVIDER_ERROR', false],
    ]);
    expect(taskFailure(failed('INTERNAL')).message).not.toContain('raw text');
    expect(taskFailure(failed('INTERNAL')).details?.providerMessage).toBe('raw text');
  });
});
