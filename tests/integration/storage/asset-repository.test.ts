import { describe, expect, it } from 'vitest';
import type { AssetRecord } from '../../../main/core/media/asset';
import { sampleAsset, tempStore } from './temp-store';

const generated: AssetRecord = sampleAsset('c', {
  kind: 'image',
  ext: 'png',
  width: 512,
  height: 512,
  durationMs: null,
  fps: null,
  hasAudio: false,
  hasAlpha: true,
  rotation: 0,
  codec: null,
  probe: null,
  provenance: {
    provider: 'replicate',
    model: 'stability/sdxl',
    modelVersion: 'v1',
    prompt: 'a bottle on marble',
    parameters: { steps: 30, guidance: 7.5, nested: { a: [1, 2] } },
    seed: 1234,
    sourceAssetId: 'a'.repeat(64),
    costUsd: 0.0123,
    startedAt: '2025-02-01T00:00:00.000Z',
    finishedAt: '2025-02-01T00:01:00.000Z',
  },
});

describe('asset repository', () => {
  it('round-trips every field, JSON columns and booleans included', () => {
    const { assets } = tempStore();
    const video = sampleAsset('a');
    expect(assets.upsert(video)).toEqual(video);
    expect(assets.get(video.id)).toEqual(video);
    expect(assets.upsert(generated)).toEqual(generated);
    expect(assets.get(generated.id)).toEqual(generated);
    expect(assets.get('0'.repeat(64))).toBeUndefined();
  });

  it('upsert keeps the first record for a known id and returns it', () => {
    const { assets } = tempStore();
    const first = assets.upsert(sampleAsset('a', { originalName: 'first.mp4' }));
    const second = assets.upsert(sampleAsset('a', { originalName: 'second.mp4', createdAt: '2030-01-01T00:00:00.000Z' }));
    expect(second).toEqual(first);
    expect(assets.list()).toEqual([first]);
  });

  it('refuses an id that is not a sha256 hex digest', () => {
    const { assets } = tempStore();
    expect(() => assets.upsert(sampleAsset('a', { id: 'not-a-hash' }))).toThrow(expect.objectContaining({ code: 'BAD_INPUT' }));
    expect(() => assets.upsert(sampleAsset('a', { id: 'A'.repeat(64) }))).toThrow(expect.objectContaining({ code: 'BAD_INPUT' }));
  });

  it('setThumbnail stores the path and throws NOT_FOUND for an unknown asset', () => {
    const { assets } = tempStore();
    const a = assets.upsert(sampleAsset('a'));
    assets.setThumbnail(a.id, `media/thumbs/${a.id}.jpg`);
    expect(assets.get(a.id)?.thumbnail).toBe(`media/thumbs/${a.id}.jpg`);
    expect(() => assets.setThumbnail('b'.repeat(64), 'x.jpg')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('lists in creation order', () => {
    const { assets } = tempStore();
    const late = assets.upsert(sampleAsset('b', { createdAt: '2025-02-03T00:00:00.000Z' }));
    const early = assets.upsert(sampleAsset('a', { createdAt: '2025-02-02T00:00:00.000Z' }));
    expect(assets.list()).toEqual([early, late]);
  });

  it('links assets to a project idempotently: first addedAt kept, viewType changed only when given', () => {
    const store = tempStore();
    const p = store.projects.create({ name: 'P', document: {}, schemaVersion: 1 });
    const a = store.assets.upsert(sampleAsset('a'));
    const b = store.assets.upsert(sampleAsset('b'));
    store.assets.linkToProject({ projectId: p.id, assetId: a.id, viewType: 'front' });
    store.assets.linkToProject({ projectId: p.id, assetId: b.id });
    const before = store.assets.listForProject(p.id);
    expect(before).toEqual([
      { ...a, viewType: 'front', addedAt: '2025-03-01T10:00:01.000Z' },
      { ...b, viewType: null, addedAt: '2025-03-01T10:00:02.000Z' },
    ]);

    store.assets.linkToProject({ projectId: p.id, assetId: a.id });
    expect(store.assets.listForProject(p.id)).toEqual(before);
    store.assets.linkToProject({ projectId: p.id, assetId: a.id, viewType: 'detail' });
    store.assets.linkToProject({ projectId: p.id, assetId: b.id, viewType: 'lifestyle' });
    expect(store.assets.listForProject(p.id).map((x) => [x.id, x.viewType, x.addedAt])).toEqual([
      [a.id, 'detail', '2025-03-01T10:00:01.000Z'],
      [b.id, 'lifestyle', '2025-03-01T10:00:02.000Z'],
    ]);
    store.assets.linkToProject({ projectId: p.id, assetId: a.id, viewType: null });
    expect(store.assets.listForProject(p.id)[0]?.viewType).toBeNull();
    expect(store.assets.listForProject('other')).toEqual([]);
  });

  it('linking to a missing project or asset is NOT_FOUND naming which one; a bad view type is BAD_INPUT', () => {
    const store = tempStore();
    const p = store.projects.create({ name: 'P', document: {}, schemaVersion: 1 });
    const a = store.assets.upsert(sampleAsset('a'));
    const missingAsset = 'd'.repeat(64);
    expect(() => store.assets.linkToProject({ projectId: 'ghost', assetId: a.id })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', message: `cannot link asset ${a.id} to project ghost: project ghost does not exist` }),
    );
    expect(() => store.assets.linkToProject({ projectId: p.id, assetId: missingAsset })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', message: `cannot link asset ${missingAsset} to project ${p.id}: asset ${missingAsset} does not exist` }),
    );
    // @ts-expect-error: a view type from outside the list, as untyped input could send.
    expect(() => store.assets.linkToProject({ projectId: p.id, assetId: a.id, viewType: 'under' })).toThrow(
      expect.objectContaining({ code: 'BAD_INPUT' }),
    );
  });

  it('deleting a project cascades its links but an asset still linked cannot be deleted', () => {
    const store = tempStore();
    const p = store.projects.create({ name: 'P', document: {}, schemaVersion: 1 });
    const a = store.assets.upsert(sampleAsset('a'));
    store.assets.linkToProject({ projectId: p.id, assetId: a.id });
    expect(() => store.db.prepare('DELETE FROM assets WHERE id = ?').run(a.id)).toThrow(/FOREIGN KEY constraint failed/);
    store.db.prepare('DELETE FROM projects WHERE id = ?').run(p.id);
    expect(store.db.prepare('SELECT count(*) AS n FROM project_assets').get()).toEqual({ n: 0 });
  });
});
