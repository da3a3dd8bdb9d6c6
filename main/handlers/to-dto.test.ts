import { describe, expect, it } from 'vitest';
import type { ExportRecord } from '../core/storage/export-repository';
import type { JobRecord } from '../core/storage/job-repository';
import { exportToDto, jobToDto, sourceAssetOf } from './to-dto';

const image = 'c'.repeat(64);

const job = (overrides: Partial<JobRecord> = {}): JobRecord => ({
  id: 'j1', projectId: 'p1', kind: 'image-to-video', provider: 'runway', model: 'gen4_turbo', state: 'succeeded', remoteId: 'task-1',
  input: { request: { kind: 'image-to-video', imagePath: '/data/media/x.png' }, sourceAssetId: image, modelVersion: null, label: 'runway-scene-1' },
  outputAssetId: 'd'.repeat(64), errorCode: null, errorMessage: null, attempts: 1, progress: 1, costEstimateUsd: 0.25, costActualUsd: 0.25,
  cacheKey: 'ck', review: 'approved', createdAt: 't0', updatedAt: 't1', startedAt: 't0', finishedAt: 't1',
  ...overrides,
});

describe('sourceAssetOf', () => {
  it('reads the source image id from a stored job input', () => {
    expect(sourceAssetOf(job().input)).toBe(image);
  });

  it('is null for speech, for inputs without one, and for anything that is not a library id', () => {
    expect(sourceAssetOf({ request: { kind: 'speech' }, sourceAssetId: null })).toBeNull();
    expect(sourceAssetOf({})).toBeNull();
    expect(sourceAssetOf(null)).toBeNull();
    expect(sourceAssetOf('text')).toBeNull();
    expect(sourceAssetOf({ sourceAssetId: '/etc/passwd' })).toBeNull();
    expect(sourceAssetOf({ sourceAssetId: 42 })).toBeNull();
  });
});

describe('jobToDto', () => {
  it('adds the source image and the verdict, and leaves the raw input, remote id and cache key in main', () => {
    const dto = jobToDto(job());
    expect(dto).toMatchObject({ id: 'j1', sourceAssetId: image, review: 'approved', outputAssetId: 'd'.repeat(64) });
    expect('remoteId' in dto || 'cacheKey' in dto || 'input' in dto).toBe(false);
  });
});

describe('exportToDto', () => {
  const record: ExportRecord = { id: 'e1', projectId: 'p1', path: '/out/ad.mp4', preset: 'final', aspect: '9:16', durationMs: 2000, byteSize: 1234, createdAt: 't' };

  it('copies the record and says whether the file is still there', () => {
    expect(exportToDto(record, false)).toEqual({ ...record, exists: false });
    expect(exportToDto(record, true).exists).toBe(true);
  });

  it('refuses a row with an aspect the contract does not know (INTERNAL naming the export)', () => {
    expect(() => exportToDto({ ...record, aspect: '2:1' }, true)).toThrow('export e1 of project p1 has an unknown aspect "2:1"');
  });
});
