import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveFfmpegBinaries } from '../../../main/core/ffmpeg/binaries';
import { ffprobe } from '../../../main/core/ffmpeg/ffprobe';
import { assetCachePath } from '../../../main/core/media/asset-paths';
import { locateLibraryMedia } from '../../../main/app/protocols/locate-library-media';
import { createMediaProtocolHandler } from '../../../main/app/protocols/media-protocol';
import { filmstripFileOf } from '../../../main/handlers/editor-media';
import { mediaUrl } from '../../../preload/contract/api';
import { contractEnv, type ContractEnv } from './contract-env';
import { tinyMedia, type TinyMedia } from './tiny-media';

let media: TinyMedia;
beforeAll(async () => {
  media = await tinyMedia();
});

type Kind = 'png' | 'mp4' | 'wav' | 'soundMp4';

async function library(env: ContractEnv): Promise<Record<Kind, string>> {
  const kinds: Kind[] = ['png', 'mp4', 'wav', 'soundMp4'];
  const { imported, failed } = await env.value('media.import', { sources: kinds.map((k) => ({ path: media[k] })) });
  expect(failed).toEqual([]);
  return Object.fromEntries(kinds.map((k, i) => [k, imported.find((x) => x.index === i)?.asset.id as string])) as Record<Kind, string>;
}

async function pictureSize(file: string): Promise<[number | undefined, number | undefined]> {
  const probe = await ffprobe({ ffprobePath: resolveFfmpegBinaries().ffprobe.path, file });
  const video = probe.streams.find((s) => s.codec_type === 'video');
  return [video?.width, video?.height];
}

describe('media.filmstrip', () => {
  it('makes a sprite of ten evenly spaced tiles once, then answers from the cache', async () => {
    const env = contractEnv();
    const ids = await library(env);
    const strip = await env.value('media.filmstrip', { assetId: ids.mp4 });
    // 64x48 source at the default 64 px tile height: 85 px wide tiles, one per tenth of the second.
    expect(strip).toEqual({ assetId: ids.mp4, frames: 10, tileWidth: 85, tileHeight: 64, frameTimesMs: [50, 150, 250, 350, 450, 550, 650, 750, 850, 950] });
    const sprite = assetCachePath(env.dataDir, 'filmstrips', `${ids.mp4}-10x64.jpg`);
    expect(await pictureSize(sprite)).toEqual([850, 64]);

    const before = fs.statSync(sprite).mtimeMs;
    expect(await env.value('media.filmstrip', { assetId: ids.mp4 })).toEqual(strip);
    expect(fs.statSync(sprite).mtimeMs).toBe(before);
  });

  it('answers calls that arrive together with the same sprite', async () => {
    const env = contractEnv();
    const ids = await library(env);
    const answers = await Promise.all([1, 2, 3].map(() => env.value('media.filmstrip', { assetId: ids.soundMp4 })));
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    // One sprite, and no temp file of a second run left beside it.
    expect(fs.readdirSync(path.dirname(assetCachePath(env.dataDir, 'filmstrips', 'x')))).toEqual([`${ids.soundMp4}-10x64.jpg`]);
  });

  it('refuses an image or a sound (BAD_INPUT naming the asset) and an unknown id (NOT_FOUND)', async () => {
    const env = contractEnv();
    const ids = await library(env);
    expect(await env.error('media.filmstrip', { assetId: ids.png })).toMatchObject({
      code: 'BAD_INPUT',
      message: `asset ${ids.png} ("still.png") is an image; only videos have a filmstrip`,
      details: { assetId: ids.png, field: 'assetId', kind: 'image' },
    });
    expect(await env.error('media.filmstrip', { assetId: ids.wav })).toMatchObject({ code: 'BAD_INPUT', message: `asset ${ids.wav} ("tone.wav") is an audio file; only videos have a filmstrip` });
    const unknown = 'e'.repeat(64);
    expect(await env.error('media.filmstrip', { assetId: unknown })).toMatchObject({ code: 'NOT_FOUND', message: `asset ${unknown} is not in the library` });
  });

  it('serves the sprite at media://asset/<id>/filmstrip in the desktop shell, made on first request', async () => {
    const env = contractEnv();
    const ids = await library(env);
    const handle = createMediaProtocolHandler({
      locate: locateLibraryMedia({ dataDir: env.dataDir, assets: env.store.assets, filmstrip: (assetId) => filmstripFileOf(env.ctx, assetId) }),
    });
    const res = await handle(new Request(mediaUrl('electron', ids.mp4, 'filmstrip')));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    const body = Buffer.from(await res.arrayBuffer());
    const sprite = assetCachePath(env.dataDir, 'filmstrips', `${ids.mp4}-10x64.jpg`);
    expect(body.equals(fs.readFileSync(sprite))).toBe(true);
    // The command now finds what the request made.
    expect((await env.value('media.filmstrip', { assetId: ids.mp4 })).frames).toBe(10);

    const image = await handle(new Request(mediaUrl('electron', ids.png, 'filmstrip')));
    expect([image.status, await image.text()]).toEqual([404, `no filmstrip with id ${ids.png} in the library`]);
  });
});

describe('media.waveform', () => {
  it('gives min/max peaks of a sound over its duration, and the default 500 buckets', async () => {
    const env = contractEnv();
    const ids = await library(env);
    const wave = await env.value('media.waveform', { assetId: ids.wav, buckets: 16 });
    expect(wave.assetId).toBe(ids.wav);
    expect(wave.durationMs).toBe(1000);
    expect(wave.peaks).toHaveLength(16);
    // A 440 Hz sine at half scale: every bucket (62.5 ms, ~27 periods) swings to about ±0.5.
    for (const [min, max] of wave.peaks) {
      expect(min).toBeCloseTo(-0.5, 1);
      expect(max).toBeCloseTo(0.5, 1);
    }
    expect((await env.value('media.waveform', { assetId: ids.wav })).peaks).toHaveLength(500);
  });

  it('reads the sound of a video that has one', async () => {
    const env = contractEnv();
    const ids = await library(env);
    const wave = await env.value('media.waveform', { assetId: ids.soundMp4, buckets: 20 });
    expect(Math.abs(wave.durationMs - 1000)).toBeLessThan(100);
    expect(wave.peaks).toHaveLength(20);
    expect(Math.max(...wave.peaks.map(([, max]) => max))).toBeGreaterThan(0.05);
  });

  it('refuses assets without sound (BAD_INPUT naming them) and an unknown id (NOT_FOUND)', async () => {
    const env = contractEnv();
    const ids = await library(env);
    expect(await env.error('media.waveform', { assetId: ids.mp4, buckets: 100 })).toMatchObject({
      code: 'BAD_INPUT',
      message: `asset ${ids.mp4} ("clip.mp4") is a video without sound, so it has no waveform`,
      details: { assetId: ids.mp4, field: 'assetId' },
    });
    expect((await env.error('media.waveform', { assetId: ids.png })).message).toBe(`asset ${ids.png} ("still.png") is an image without sound, so it has no waveform`);
    expect((await env.error('media.waveform', { assetId: 'e'.repeat(64) })).code).toBe('NOT_FOUND');
  });
});
