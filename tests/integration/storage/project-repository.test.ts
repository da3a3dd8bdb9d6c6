import { describe, expect, it } from 'vitest';
import { AppError } from '../../../main/core/shared/app-error';
import { sampleAsset, tempStore } from './temp-store';

const doc = { version: 3, settings: { aspect: '9:16', fps: 30 }, tracks: [{ items: [{ id: 'i1', text: 'Olá — ünïcode ✓' }] }] };

describe('project repository', () => {
  it('create → get round-trips the document, name and schema version', () => {
    const { projects } = tempStore();
    const created = projects.create({ name: '  Summer sale  ', document: doc, schemaVersion: 3 });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created).toEqual({
      id: created.id,
      name: 'Summer sale',
      document: doc,
      schemaVersion: 3,
      createdAt: '2025-03-01T10:00:00.000Z',
      updatedAt: '2025-03-01T10:00:00.000Z',
      deletedAt: null,
      thumbnailAssetId: null,
    });
    expect(projects.get(created.id)).toEqual(created);
  });

  it('throws NOT_FOUND naming the id, and find returns undefined', () => {
    const { projects } = tempStore();
    expect(() => projects.get('nope')).toThrow(new AppError('NOT_FOUND', 'project nope does not exist', { projectId: 'nope' }));
    expect(projects.find('nope')).toBeUndefined();
    for (const call of [() => projects.rename('nope', 'x'), () => projects.softDelete('nope'), () => projects.restore('nope'),
      () => projects.purge('nope'), () => projects.duplicate('nope', 'x'), () => projects.save({ id: 'nope', document: {}, schemaVersion: 1 })]) {
      expect(call).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    }
  });

  it('refuses an empty name, a bad schema version and a document JSON cannot hold', () => {
    const { projects } = tempStore();
    expect(() => projects.create({ name: '   ', document: {}, schemaVersion: 1 })).toThrow(expect.objectContaining({ code: 'BAD_INPUT' }));
    expect(() => projects.create({ name: 'a', document: {}, schemaVersion: 1.5 })).toThrow(expect.objectContaining({ code: 'BAD_INPUT' }));
    expect(() => projects.create({ name: 'a', document: undefined, schemaVersion: 1 })).toThrow(expect.objectContaining({ code: 'BAD_INPUT' }));
    expect(projects.list()).toEqual([]);
  });

  it('save replaces the document and bumps updatedAt; rename changes only the name', () => {
    const { projects } = tempStore();
    const p = projects.create({ name: 'A', document: doc, schemaVersion: 3 });
    const saved = projects.save({ id: p.id, document: { ...doc, version: 4 }, schemaVersion: 4 });
    expect(saved.document).toEqual({ ...doc, version: 4 });
    expect(saved.schemaVersion).toBe(4);
    expect(saved.updatedAt > p.updatedAt).toBe(true);
    expect(saved.createdAt).toBe(p.createdAt);
    const renamed = projects.rename(p.id, 'B');
    expect(renamed).toEqual({ ...saved, document: undefined, name: 'B', updatedAt: renamed.updatedAt });
    expect('document' in renamed).toBe(false);
    expect(projects.get(p.id).document).toEqual({ ...doc, version: 4 });
  });

  it('lists most recently updated first, without documents', () => {
    const { projects } = tempStore();
    const a = projects.create({ name: 'A', document: {}, schemaVersion: 1 });
    projects.create({ name: 'B', document: {}, schemaVersion: 1 });
    projects.create({ name: 'C', document: {}, schemaVersion: 1 });
    expect(projects.list().map((p) => p.name)).toEqual(['C', 'B', 'A']);
    projects.save({ id: a.id, document: { touched: true }, schemaVersion: 1 });
    expect(projects.list().map((p) => p.name)).toEqual(['A', 'C', 'B']);
    expect(projects.list().every((p) => !('document' in p))).toBe(true);
  });

  it('soft delete hides a project from the list and restore brings it back unchanged', () => {
    const { projects } = tempStore();
    const keep = projects.create({ name: 'Keep', document: {}, schemaVersion: 1 });
    const trash = projects.create({ name: 'Trash', document: doc, schemaVersion: 3 });
    projects.softDelete(trash.id);
    const deletedAt = projects.get(trash.id).deletedAt;
    expect(deletedAt).not.toBeNull();
    projects.softDelete(trash.id);
    expect(projects.get(trash.id).deletedAt).toBe(deletedAt);
    expect(projects.list().map((p) => p.id)).toEqual([keep.id]);
    expect(projects.list({ includeDeleted: true }).map((p) => [p.id, p.deletedAt])).toEqual([
      [trash.id, deletedAt],
      [keep.id, null],
    ]);
    projects.restore(trash.id);
    expect(projects.get(trash.id)).toEqual(trash);
    expect(projects.list().map((p) => p.id)).toEqual([trash.id, keep.id]);
  });

  it('purge deletes for good and cascades to asset links and exports, keeping jobs and costs', () => {
    const store = tempStore();
    const p = store.projects.create({ name: 'Gone', document: {}, schemaVersion: 1 });
    const asset = store.assets.upsert(sampleAsset('a'));
    store.assets.linkToProject({ projectId: p.id, assetId: asset.id, viewType: 'front' });
    store.exports.record({ projectId: p.id, path: '/tmp/out.mp4', preset: 'h264', aspect: '9:16', durationMs: 15000, byteSize: 2048 });
    const job = store.jobs.insert({ projectId: p.id, kind: 'image-to-video', provider: 'replicate', input: {} });
    store.ledger.recordActual({ projectId: p.id, jobId: job.id, provider: 'replicate', amountUsd: 0.25 });

    store.projects.purge(p.id);
    expect(store.projects.find(p.id)).toBeUndefined();
    expect(store.db.prepare('SELECT count(*) AS n FROM project_assets').get()).toEqual({ n: 0 });
    expect(store.exports.listForProject(p.id)).toEqual([]);
    expect(store.assets.get(asset.id)).toEqual(asset);
    expect(store.jobs.get(job.id).projectId).toBeNull();
    expect(store.ledger.totalsAll().actualUsd).toBe(0.25);
  });

  it('duplicate copies the document, version, thumbnail and media links under a new id', () => {
    const store = tempStore();
    const p = store.projects.create({ name: 'Original', document: doc, schemaVersion: 3 });
    const [a, b] = [store.assets.upsert(sampleAsset('a')), store.assets.upsert(sampleAsset('b'))];
    store.assets.linkToProject({ projectId: p.id, assetId: a.id, viewType: 'side' });
    store.assets.linkToProject({ projectId: p.id, assetId: b.id });
    store.projects.setThumbnail(p.id, a.id);
    store.exports.record({ projectId: p.id, path: '/tmp/o.mp4', preset: 'h264', aspect: '1:1', durationMs: 1000, byteSize: 1 });

    const copy = store.projects.duplicate(p.id, 'Copy');
    expect(copy.id).not.toBe(p.id);
    expect(copy).toMatchObject({ name: 'Copy', document: doc, schemaVersion: 3, thumbnailAssetId: a.id, deletedAt: null });
    expect(store.assets.listForProject(copy.id)).toEqual(store.assets.listForProject(p.id));
    expect(store.assets.listForProject(copy.id).map((x) => [x.id, x.viewType])).toEqual([
      [a.id, 'side'],
      [b.id, null],
    ]);
    expect(store.exports.listForProject(copy.id)).toEqual([]);
    store.projects.save({ id: copy.id, document: { changed: true }, schemaVersion: 3 });
    expect(store.projects.get(p.id).document).toEqual(doc);
  });

  it('setThumbnail refuses an unknown asset with NOT_FOUND', () => {
    const store = tempStore();
    const p = store.projects.create({ name: 'P', document: {}, schemaVersion: 1 });
    expect(() => store.projects.setThumbnail(p.id, 'f'.repeat(64))).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    store.projects.setThumbnail(p.id, null);
    expect(store.projects.get(p.id).thumbnailAssetId).toBeNull();
  });
});
