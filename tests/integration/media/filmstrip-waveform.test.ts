import fs from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AssetRecord } from '../../../main/core/media/asset';
import { getFilmstrip } from '../../../main/core/media/filmstrip';
import { importMedia } from '../../../main/core/media/import-media';
import { getWaveform } from '../../../main/core/media/waveform';
import { makeMediaFixtures } from '../../helpers/media-fixtures';
import { MemoryAssetRepository } from '../../helpers/memory-asset-repository';
import { decodeImage, near } from './image-pixels';
import { binaries, tempDataDir } from './media-test-env';

// A path that cannot run: a call that still succeeds did no ffmpeg work.
const NO_FFMPEG = '/nonexistent/ffmpeg';

let dataDir: string;
type Key = 'video' | 'silent' | 'rotated' | 'wav' | 'mp3' | 'png';
const assets = {} as Record<Key, AssetRecord>;

beforeAll(async () => {
  const fx = await makeMediaFixtures();
  dataDir = await tempDataDir();
  const files: Record<Key, string> = { video: fx.video, silent: fx.videoNoAudio, rotated: fx.rotatedVideo, wav: fx.wav, mp3: fx.mp3, png: fx.png8 };
  const result = await importMedia({ files: Object.values(files), dataDir, ...binaries(), assets: new MemoryAssetRepository() });
  expect(result.failed).toEqual([]);
  for (const key of Object.keys(files) as Key[]) {
    const found = result.imported.find((i) => i.file === files[key]);
    if (!found) throw new Error(`${key} not imported`);
    assets[key] = found.asset;
  }
});

describe('getFilmstrip', () => {
  it('makes one horizontal sprite of evenly spaced frames, then serves it from the cache', async () => {
    const { ffmpegPath } = binaries();
    const strip = await getFilmstrip({ asset: assets.video, dataDir, ffmpegPath, frames: 5, tileHeight: 48 });
    expect(strip).toEqual({ frames: 5, tileWidth: 64, tileHeight: 48, frameTimesMs: [200, 600, 1000, 1400, 1800], path: expect.stringContaining('/cache/filmstrips/'), cached: false });
    const img = await decodeImage(strip.path);
    expect([img.width, img.height]).toEqual([320, 48]);
    // Every tile holds a frame: the last tile is not the black padding tile adds when frames run out.
    expect(near(img.rgb(5 * 64 - 32, 24), [0, 0, 0], 10)).toBe(false);

    const before = await fs.stat(strip.path);
    const again = await getFilmstrip({ asset: assets.video, dataDir, ffmpegPath: NO_FFMPEG, frames: 5, tileHeight: 48 });
    expect(again).toEqual({ ...strip, cached: true });
    expect((await fs.stat(strip.path)).mtimeMs).toBe(before.mtimeMs);
  });

  it('follows the display size of a rotated clip', async () => {
    const strip = await getFilmstrip({ asset: assets.rotated, dataDir, ...binaries(), frames: 3, tileHeight: 64 });
    const img = await decodeImage(strip.path);
    expect([strip.tileWidth, img.width, img.height]).toEqual([48, 144, 64]);
  });

  it('refuses assets that are not video', async () => {
    await expect(getFilmstrip({ asset: assets.png, dataDir, ...binaries() })).rejects.toMatchObject({ code: 'BAD_INPUT', message: expect.stringMatching(/^rgb8\.png: a filmstrip needs a video/) });
  });
});

describe('getWaveform', () => {
  it('computes min/max peaks of the audio and serves them from the cache', async () => {
    const { ffmpegPath } = binaries();
    const wave = await getWaveform({ asset: assets.wav, dataDir, ffmpegPath, buckets: 40 });
    expect([wave.buckets, wave.sampleRate, wave.peaks.length, wave.cached]).toEqual([40, 8000, 40, false]);
    // lavfi sine has amplitude 1/8: every 50 ms bucket of a 440 Hz tone swings to about ±0.125.
    for (const [min, max] of wave.peaks) {
      expect(max).toBeGreaterThan(0.11);
      expect(max).toBeLessThan(0.14);
      expect(min).toBeLessThan(-0.11);
      expect(min).toBeGreaterThan(-0.14);
    }
    expect(wave.sampleCount).toBeGreaterThanOrEqual(15900);
    expect(wave.sampleCount).toBeLessThanOrEqual(16100);

    const again = await getWaveform({ asset: assets.wav, dataDir, ffmpegPath: NO_FFMPEG, buckets: 40 });
    expect(again).toEqual({ ...wave, cached: true });
    expect(JSON.parse(await fs.readFile(wave.path, 'utf8'))).toMatchObject({ version: 1, assetId: assets.wav.id, buckets: 40 });
  });

  it('reads the audio track of a video and of an MP3', async () => {
    for (const asset of [assets.video, assets.mp3]) {
      const wave = await getWaveform({ asset, dataDir, ...binaries(), buckets: 10 });
      expect(wave.peaks).toHaveLength(10);
      expect(Math.max(...wave.peaks.map(([, max]) => max))).toBeGreaterThan(0.1);
    }
  });

  it('rebuilds a damaged cache file instead of trusting it', async () => {
    const first = await getWaveform({ asset: assets.mp3, dataDir, ...binaries(), buckets: 7 });
    await fs.writeFile(first.path, '{"version":1,"peaks":"nope"}');
    const rebuilt = await getWaveform({ asset: assets.mp3, dataDir, ...binaries(), buckets: 7 });
    expect(rebuilt).toEqual({ ...first, cached: false });
  });

  it('refuses assets without audio', async () => {
    await expect(getWaveform({ asset: assets.silent, dataDir, ...binaries() })).rejects.toMatchObject({ code: 'BAD_INPUT', message: 'clip-silent.mp4: has no audio, so it has no waveform.' });
  });
});
