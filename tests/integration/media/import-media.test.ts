import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportMediaResult, ImportProgress } from '../../../main/core/media/import-media';
import { importMedia } from '../../../main/core/media/import-media';
import type { MediaFixtures } from '../../helpers/media-fixtures';
import { makeMediaFixtures } from '../../helpers/media-fixtures';
import { MemoryAssetRepository } from '../../helpers/memory-asset-repository';
import { binaries, listMediaFiles, tempDataDir } from './media-test-env';

let fx: MediaFixtures;
let dataDir: string;
let assets: MemoryAssetRepository;
let result: ImportMediaResult;
const progress: ImportProgress[] = [];

const GOOD = ['png8', 'png16Alpha', 'jpeg', 'cmykJpeg', 'rotatedJpeg', 'webp', 'hugePng', 'hugeJpeg', 'tinyPng', 'video', 'videoNoAudio', 'rotatedVideo', 'wav', 'mp3'] as const;
const BAD = ['truncatedJpeg', 'empty', 'textAsPng'] as const;

function importedAsset(key: (typeof GOOD)[number]) {
  const found = result.imported.find((i) => i.file === fx[key]);
  if (!found) throw new Error(`${key} was not imported: ${JSON.stringify(result.failed)}`);
  return found.asset;
}

beforeAll(async () => {
  fx = await makeMediaFixtures();
  dataDir = await tempDataDir();
  assets = new MemoryAssetRepository();
  // Bad files sit between good ones: the batch must go on after each of them.
  const files = [fx.png8, fx.truncatedJpeg, fx.png16Alpha, fx.empty, fx.jpeg, fx.textAsPng, ...GOOD.slice(3).map((k) => fx[k])];
  result = await importMedia({ files, dataDir, ...binaries(), assets, projectId: 'p1', onProgress: (p) => progress.push(p) });
});

describe('importMedia with every kind of file in one batch', () => {
  it('imports the good files and refuses the three bad ones with named reasons', () => {
    expect(result.imported.map((i) => path.basename(i.file)).sort()).toEqual(GOOD.map((k) => path.basename(fx[k])).sort());
    expect(result.failed).toEqual([
      { file: fx.truncatedJpeg, code: 'MEDIA_INVALID', message: expect.stringMatching(/^truncated\.jpg: is truncated or corrupt \(FFmpeg: .+\)\.$/) },
      { file: fx.empty, code: 'MEDIA_INVALID', message: 'empty.jpg: is empty (0 bytes).' },
      { file: fx.textAsPng, code: 'MEDIA_INVALID', message: 'notes.png: is not a media file (its content is not a PNG image).' },
    ]);
  });

  it('records images with display size, alpha and no duration', () => {
    const pick = (key: (typeof GOOD)[number]) => {
      const a = importedAsset(key);
      return [a.kind, a.ext, a.width, a.height, a.hasAlpha, a.rotation, a.durationMs, a.codec];
    };
    expect(pick('png8')).toEqual(['image', 'png', 64, 48, false, 0, null, 'png']);
    expect(pick('png16Alpha')).toEqual(['image', 'png', 64, 48, true, 0, null, 'png']);
    expect(pick('jpeg')).toEqual(['image', 'jpg', 64, 48, false, 0, null, 'mjpeg']);
    expect(pick('cmykJpeg')).toEqual(['image', 'jpg', 64, 48, false, 0, null, 'mjpeg']);
    expect(pick('rotatedJpeg')).toEqual(['image', 'jpg', 48, 64, false, 90, null, 'mjpeg']);
    expect(pick('webp')).toEqual(['image', 'webp', 64, 48, false, 0, null, 'webp']);
    expect(pick('hugePng')).toEqual(['image', 'png', 8000, 8000, false, 0, null, 'png']);
    expect(pick('hugeJpeg')).toEqual(['image', 'jpg', 8000, 8000, false, 0, null, 'mjpeg']);
    expect(pick('tinyPng')).toEqual(['image', 'png', 16, 16, false, 0, null, 'png']);
  });

  it('records video and audio with duration, rate, audio presence and rotation', () => {
    const pick = (key: (typeof GOOD)[number]) => {
      const a = importedAsset(key);
      return [a.kind, a.ext, a.width, a.height, a.durationMs, a.fps, a.hasAudio, a.rotation, a.codec];
    };
    expect(pick('video')).toEqual(['video', 'mp4', 320, 240, 2000, 25, true, 0, 'h264']);
    expect(pick('videoNoAudio')).toEqual(['video', 'mp4', 320, 240, 2000, 25, false, 0, 'h264']);
    expect(pick('rotatedVideo')).toEqual(['video', 'mp4', 48, 64, 1000, 25, false, 270, 'h264']);
    expect(pick('wav')).toEqual(['audio', 'wav', null, null, 2000, null, true, 0, 'pcm_s16le']);
    const mp3 = importedAsset('mp3');
    expect([mp3.kind, mp3.ext, mp3.hasAudio, mp3.codec, mp3.thumbnail]).toEqual(['audio', 'mp3', true, 'mp3', null]);
    // MP3 encoders add a frame or two of padding.
    expect(mp3.durationMs).toBeGreaterThanOrEqual(2000);
    expect(mp3.durationMs).toBeLessThan(2100);
  });

  it('names each asset by its sha256, stores the bytes at media/<sha>.<ext> and keeps the probe JSON', async () => {
    for (const { file, asset, deduplicated } of result.imported) {
      expect(deduplicated).toBe(false);
      const stored = await fs.readFile(path.join(dataDir, 'media', `${asset.id}.${asset.ext}`));
      expect(stored.equals(await fs.readFile(file))).toBe(true);
      expect(asset.id).toBe(createHash('sha256').update(stored).digest('hex'));
      expect(asset.byteSize).toBe(stored.length);
      expect(asset.originalName).toBe(path.basename(file));
      expect(asset.provenance).toBe(null);
      const probe = asset.probe as { streams: unknown[]; format: { filename: string } };
      expect(probe.streams.length).toBeGreaterThan(0);
      expect(probe.format.filename).toBe(`${asset.id}.${asset.ext}`);
      expect(assets.get(asset.id)).toEqual(asset);
    }
  });

  it('leaves exactly one library file per asset, a thumbnail per visual asset and no temp files', async () => {
    const { media, thumbs } = await listMediaFiles(dataDir);
    expect(media).toEqual(result.imported.map(({ asset }) => `${asset.id}.${asset.ext}`).sort());
    const visual = result.imported.filter(({ asset }) => asset.kind !== 'audio');
    expect(thumbs).toEqual(visual.map(({ asset }) => `${asset.id}.jpg`).sort());
    for (const { asset } of visual) expect(asset.thumbnail).toBe(`media/thumbs/${asset.id}.jpg`);
  });

  it('links every imported asset to the project', () => {
    expect(assets.listForProject('p1').map((a) => a.id).sort()).toEqual(result.imported.map((i) => i.asset.id).sort());
  });

  it('reports progress per file with index and total', () => {
    const total = GOOD.length + BAD.length;
    expect(progress).toHaveLength(total * 2);
    expect(progress.filter((p) => p.status === 'importing').map((p) => p.index)).toEqual([...Array(total).keys()]);
    expect(progress.every((p) => p.total === total)).toBe(true);
    expect(progress.filter((p) => p.status === 'failed').map((p) => path.basename(p.file))).toEqual(['truncated.jpg', 'empty.jpg', 'notes.png']);
  });
});

describe('importMedia with files that are not media at all', () => {
  it('names the file and the reason for a text file named .mp4, a missing file and a folder', async () => {
    const dataDir = await tempDataDir();
    const text = path.join(dataDir, 'holiday.mp4');
    await fs.writeFile(text, 'not a video\n');
    const missing = path.join(dataDir, 'gone.png');
    const result = await importMedia({ files: [text, missing, dataDir], dataDir, ...binaries(), assets: new MemoryAssetRepository() });
    expect(result.imported).toEqual([]);
    expect(result.failed).toEqual([
      { file: text, code: 'MEDIA_INVALID', message: 'holiday.mp4: is not a media file FFmpeg can read, or it is damaged (Invalid data found when processing input).' },
      { file: missing, code: 'NOT_FOUND', message: 'gone.png: does not exist.' },
      { file: dataDir, code: 'MEDIA_INVALID', message: `${path.basename(dataDir)}: is not a file.` },
    ]);
    expect((await listMediaFiles(dataDir)).media).toEqual([]);
  });
});
