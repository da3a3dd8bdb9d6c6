import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importMedia } from '../../../main/core/media/import-media';
import { makeMediaFixtures } from '../../helpers/media-fixtures';
import { MemoryAssetRepository } from '../../helpers/memory-asset-repository';
import { binaries, listMediaFiles, tempDataDir } from './media-test-env';

describe('importing the same bytes twice', () => {
  it('gives the same asset, deduplicated, with one file in media/, even under another name', async () => {
    const fx = await makeMediaFixtures();
    const dataDir = await tempDataDir();
    const renamed = path.join(dataDir, 'Copy of product.JPEG');
    await fs.copyFile(fx.jpeg, renamed);
    const assets = new MemoryAssetRepository();
    const opts = { dataDir, ...binaries(), assets };

    const first = await importMedia({ ...opts, files: [fx.jpeg] });
    const second = await importMedia({ ...opts, files: [renamed, fx.jpeg], projectId: 'p2' });

    expect(first.imported[0]?.deduplicated).toBe(false);
    expect(second.failed).toEqual([]);
    expect(second.imported.map((i) => [i.file, i.deduplicated, i.asset])).toEqual([
      [renamed, true, first.imported[0]?.asset],
      [fx.jpeg, true, first.imported[0]?.asset],
    ]);
    // The first import's name is kept: the record describes the bytes, not the latest copy.
    expect(second.imported[0]?.asset.originalName).toBe('photo.jpg');
    const { media, thumbs } = await listMediaFiles(dataDir);
    expect(media).toEqual([`${first.imported[0]?.asset.id}.jpg`]);
    expect(thumbs).toHaveLength(1);
    expect(assets.list()).toHaveLength(1);
    expect(assets.listForProject('p2').map((a) => a.id)).toEqual([first.imported[0]?.asset.id]);
  });

  it('deduplicates within one batch and restores a library file that went missing', async () => {
    const fx = await makeMediaFixtures();
    const dataDir = await tempDataDir();
    const assets = new MemoryAssetRepository();
    const opts = { dataDir, ...binaries(), assets };

    const batch = await importMedia({ ...opts, files: [fx.wav, fx.wav] });
    expect(batch.imported.map((i) => i.deduplicated)).toEqual([false, true]);
    const asset = batch.imported[0]?.asset;
    if (!asset) throw new Error('wav was not imported');

    const libraryFile = path.join(dataDir, 'media', `${asset.id}.wav`);
    await fs.rm(libraryFile);
    const again = await importMedia({ ...opts, files: [fx.wav] });
    expect(again.imported.map((i) => [i.deduplicated, i.asset])).toEqual([[true, asset]]);
    expect((await fs.readFile(libraryFile)).equals(await fs.readFile(fx.wav))).toBe(true);
  });
});
