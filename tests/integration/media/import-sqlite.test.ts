import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AssetRepository } from '../../../main/core/media/asset';
import { importMedia } from '../../../main/core/media/import-media';
import { AppError } from '../../../main/core/shared/app-error';
import type { Store } from '../../../main/core/storage/store';
import { openStore } from '../../../main/core/storage/store';
import { makeMediaFixtures } from '../../helpers/media-fixtures';
import { binaries, listMediaFiles, tempDataDir } from './media-test-env';

const open: Store[] = [];
afterEach(() => {
  for (const store of open.splice(0)) store.close();
});

function storeAt(dataDir: string): Store {
  const store = openStore({ dataDir });
  open.push(store);
  return store;
}

/** Every asset row has its library file and every library file has a row; no temp files. */
async function expectLibraryMatchesDatabase(dataDir: string, store: Store): Promise<void> {
  const rows = store.assets.list();
  const { media, thumbs } = await listMediaFiles(dataDir);
  expect(media).toEqual(rows.map((a) => `${a.id}.${a.ext}`).sort());
  expect(thumbs).toEqual(rows.filter((a) => a.thumbnail !== null).map((a) => `${a.id}.jpg`).sort());
}

describe('importMedia against the SQLite asset repository', () => {
  it('stores every kind in a real database file and reads it back after reopening', async () => {
    const fx = await makeMediaFixtures();
    const dataDir = await tempDataDir();
    const store = storeAt(dataDir);
    const project = store.projects.create({ name: 'Launch', document: {}, schemaVersion: 1 });
    const files = [fx.png16Alpha, fx.rotatedJpeg, fx.empty, fx.video, fx.mp3, fx.textAsPng, fx.png16Alpha];
    const result = await importMedia({ files, dataDir, ...binaries(), assets: store.assets, projectId: project.id });

    expect(result.failed.map((f) => [path.basename(f.file), f.code])).toEqual([['empty.jpg', 'MEDIA_INVALID'], ['notes.png', 'MEDIA_INVALID']]);
    expect(result.imported.map((i) => [i.asset.originalName, i.deduplicated])).toEqual([
      ['rgba16.png', false], ['rotated-exif6.jpg', false], ['clip.mp4', false], ['tone.mp3', false], ['rgba16.png', true],
    ]);
    store.close();

    const reopened = storeAt(dataDir);
    const unique = result.imported.filter((i) => !i.deduplicated).map((i) => i.asset);
    for (const asset of unique) expect(reopened.assets.get(asset.id)).toEqual(asset);
    expect(reopened.assets.listForProject(project.id).map((a) => a.id)).toEqual(unique.map((a) => a.id));
    expect(reopened.assets.get(unique[1]?.id ?? '')).toMatchObject({ width: 48, height: 64, rotation: 90, hasAlpha: false });
    await expectLibraryMatchesDatabase(dataDir, reopened);
  });

  it('keeps database and files consistent when the database write fails mid-batch', async () => {
    const fx = await makeMediaFixtures();
    const dataDir = await tempDataDir();
    const store = storeAt(dataDir);
    // The real repository, failing for one record: the file is already in media/ at that point.
    const failing: AssetRepository = {
      ...store.assets,
      upsert: (record) => {
        if (record.originalName === 'clip.mp4') throw new AppError('IO_ERROR', 'clip.mp4: database is full.');
        return store.assets.upsert(record);
      },
    };
    const result = await importMedia({ files: [fx.png8, fx.video, fx.wav], dataDir, ...binaries(), assets: failing });

    expect(result.failed).toEqual([{ file: fx.video, code: 'IO_ERROR', message: 'clip.mp4: database is full.' }]);
    expect(store.assets.list().map((a) => a.originalName).sort()).toEqual(['rgb8.png', 'tone.wav']);
    await expectLibraryMatchesDatabase(dataDir, store);

    // Nothing half-done blocks a retry.
    const retry = await importMedia({ files: [fx.video], dataDir, ...binaries(), assets: store.assets });
    expect(retry.imported.map((i) => [i.asset.originalName, i.deduplicated])).toEqual([['clip.mp4', false]]);
    await expectLibraryMatchesDatabase(dataDir, store);
  });

  it('cancels mid-file: the current and later files are CANCELLED, nothing half-imported remains', async () => {
    const fx = await makeMediaFixtures();
    const dataDir = await tempDataDir();
    const store = storeAt(dataDir);
    const controller = new AbortController();
    let current = '';
    // Aborts once the huge PNG has been copied and hashed (the lookup comes next), before it is probed.
    const cancelling: AssetRepository = {
      ...store.assets,
      get: (id) => {
        if (current === fx.hugePng) controller.abort();
        return store.assets.get(id);
      },
    };
    const { imported, failed } = await importMedia({
      files: [fx.jpeg, fx.hugePng, fx.wav],
      dataDir,
      ...binaries(),
      assets: cancelling,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.status === 'importing') current = p.file;
      },
    });

    expect(imported.map((i) => i.asset.originalName)).toEqual(['photo.jpg']);
    expect(failed.map((f) => [path.basename(f.file), f.code])).toEqual([['huge.png', 'CANCELLED'], ['tone.wav', 'CANCELLED']]);
    expect(store.assets.list().map((a) => a.originalName)).toEqual(['photo.jpg']);
    await expectLibraryMatchesDatabase(dataDir, store);
  });
});
