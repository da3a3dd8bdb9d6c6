import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AssetRecord } from '../../../main/core/media/asset';
import { resolveDataPath } from '../../../main/core/media/asset-paths';
import { importMedia } from '../../../main/core/media/import-media';
import { makeThumbnail } from '../../../main/core/media/thumbnail';
import { THUMBNAIL_BACKGROUND } from '../../../main/core/media/thumbnail-args';
import type { MediaFixtures } from '../../helpers/media-fixtures';
import { makeMediaFixtures } from '../../helpers/media-fixtures';
import { MemoryAssetRepository } from '../../helpers/memory-asset-repository';
import { decodeImage, near } from './image-pixels';
import { binaries, listMediaFiles, tempDataDir } from './media-test-env';

let fx: MediaFixtures;
let dataDir: string;
const byName = new Map<string, AssetRecord>();

async function thumbOf(file: string) {
  const asset = byName.get(path.basename(file));
  if (!asset?.thumbnail) throw new Error(`${file} has no thumbnail`);
  return decodeImage(resolveDataPath(dataDir, asset.thumbnail));
}

beforeAll(async () => {
  fx = await makeMediaFixtures();
  dataDir = await tempDataDir();
  const files = [fx.rotatedJpeg, fx.png16Alpha, fx.hugePng, fx.tinyPng, fx.video, fx.rotatedVideo, fx.cmykJpeg, fx.wav];
  const result = await importMedia({ files, dataDir, ...binaries(), assets: new MemoryAssetRepository() });
  expect(result.failed).toEqual([]);
  for (const { asset } of result.imported) byName.set(asset.originalName, asset);
});

describe('thumbnails', () => {
  it('applies EXIF rotation: the stored top-left red block is shown top-right', async () => {
    const img = await thumbOf(fx.rotatedJpeg);
    expect([img.width, img.height]).toEqual([48, 64]);
    expect(near(img.rgb(44, 3), [255, 0, 0])).toBe(true);
    expect(near(img.rgb(3, 3), [0, 0, 255])).toBe(true);
  });

  it('flattens transparency onto the neutral grey', async () => {
    const img = await thumbOf(fx.png16Alpha);
    const grey = Number.parseInt(THUMBNAIL_BACKGROUND.slice(2, 4), 16);
    expect(near(img.rgb(8, 24), [grey, grey, grey], 8)).toBe(true);
    expect(near(img.rgb(56, 24), [255, 0, 0])).toBe(true);
  });

  it('fits the long side into 320 px and never upscales', async () => {
    const sizes = await Promise.all([fx.hugePng, fx.tinyPng, fx.video, fx.rotatedVideo].map(async (f) => thumbOf(f)));
    expect(sizes.map((s) => [s.width, s.height])).toEqual([[320, 320], [16, 16], [320, 240], [48, 64]]);
  });

  it('keeps CMYK colours (decoded to RGB, not read as alpha)', async () => {
    const [thumb, source] = await Promise.all([thumbOf(fx.cmykJpeg), decodeImage(fx.png8)]);
    expect(near(thumb.rgb(32, 24), source.rgb(32, 24), 40)).toBe(true);
  });

  it('makes none for audio', () => {
    expect(byName.get('tone.wav')?.thumbnail).toBe(null);
  });

  it('is the decode check for images: a truncated JPEG is refused and leaves no file behind', async () => {
    const before = await listMediaFiles(dataDir);
    const facts = { kind: 'image' as const, width: 320, height: 240, hasAlpha: false, durationMs: null };
    const attempt = makeThumbnail({ ...binaries(), input: fx.truncatedJpeg, dataDir, id: 'f'.repeat(64), name: 'half.jpg', facts });
    await expect(attempt).rejects.toMatchObject({ code: 'MEDIA_INVALID', message: expect.stringMatching(/^half\.jpg: is truncated or corrupt \(FFmpeg: .+\)\.$/) });
    expect(await listMediaFiles(dataDir)).toEqual(before);
  });
});
