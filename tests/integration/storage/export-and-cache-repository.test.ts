import { describe, expect, it } from 'vitest';
import { sampleAsset, tempStore } from './temp-store';

describe('export history', () => {
  it('records exports and lists them per project, newest first', () => {
    const store = tempStore();
    const p = store.projects.create({ name: 'P', document: {}, schemaVersion: 1 });
    const q = store.projects.create({ name: 'Q', document: {}, schemaVersion: 1 });
    const first = store.exports.record({ projectId: p.id, path: '/out/a.mp4', preset: 'h264-high', aspect: '9:16', durationMs: 15000, byteSize: 4_000_000 });
    expect(first).toEqual({
      id: first.id,
      projectId: p.id,
      path: '/out/a.mp4',
      preset: 'h264-high',
      aspect: '9:16',
      durationMs: 15000,
      byteSize: 4_000_000,
      createdAt: '2025-03-01T10:00:02.000Z',
    });
    const second = store.exports.record({ projectId: p.id, path: '/out/b.mp4', preset: 'h264-small', aspect: '1:1', durationMs: 6000, byteSize: 900_000 });
    store.exports.record({ projectId: q.id, path: '/out/q.mp4', preset: 'h264-high', aspect: '16:9', durationMs: 1, byteSize: 1 });
    expect(store.exports.listForProject(p.id)).toEqual([second, first]);
    expect(store.exports.get(first.id)).toEqual(first);
    expect(store.exports.get('no-such-export')).toBeUndefined();
    expect(() => store.exports.record({ projectId: 'ghost', path: '/out/g.mp4', preset: 'x', aspect: '1:1', durationMs: 1, byteSize: 1 })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', message: 'cannot record the export /out/g.mp4: project ghost does not exist' }),
    );
  });
});

describe('generation cache', () => {
  it('keeps the first result for a key and finds it again', () => {
    const store = tempStore();
    const a = store.assets.upsert(sampleAsset('a'));
    const b = store.assets.upsert(sampleAsset('b'));
    expect(store.generationCache.get('key-1')).toBeUndefined();
    const entry = store.generationCache.put({ cacheKey: 'key-1', assetId: a.id, provider: 'replicate', model: 'wan' });
    expect(entry).toEqual({ cacheKey: 'key-1', assetId: a.id, provider: 'replicate', model: 'wan', createdAt: '2025-03-01T10:00:00.000Z' });
    expect(store.generationCache.put({ cacheKey: 'key-1', assetId: b.id, provider: 'runway' })).toEqual(entry);
    expect(store.generationCache.get('key-1')).toEqual(entry);
    store.generationCache.delete('key-1');
    expect(store.generationCache.get('key-1')).toBeUndefined();
    expect(() => store.generationCache.put({ cacheKey: 'k', assetId: 'f'.repeat(64), provider: 'x' })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
  });
});
