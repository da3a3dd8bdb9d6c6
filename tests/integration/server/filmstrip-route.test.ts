import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assetCachePath, assetFilePath } from '../../../main/core/media/asset-paths';
import { dispatch } from '../../../main/handlers/dispatch';
import { mediaUrl } from '../../../preload/contract/api';
import { tinyMedia, type TinyMedia } from '../contract/tiny-media';
import { pageHeaders, request, testServer, type TestServer } from './server-env';

let media: TinyMedia;
beforeAll(async () => {
  media = await tinyMedia();
});

async function call(server: TestServer, name: string, rawInput: unknown): Promise<unknown> {
  const result = await dispatch({ name, rawInput, ctx: server.ctx });
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value;
}

async function serverWithMedia(): Promise<{ server: TestServer; clip: string; still: string }> {
  const server = await testServer();
  const { imported } = (await call(server, 'media.import', { sources: [{ path: media.mp4 }, { path: media.png }] })) as { imported: { index: number; asset: { id: string } }[] };
  const idAt = (i: number): string => imported.find((x) => x.index === i)?.asset.id as string;
  return { server, clip: idAt(0), still: idAt(1) };
}

describe('GET /media/<assetId>/filmstrip', () => {
  it('makes the sprite on first request and serves it as JPEG, the same one media.filmstrip describes', async () => {
    const { server, clip } = await serverWithMedia();
    const url = mediaUrl('browser', clip, 'filmstrip');
    expect(url).toBe(`/media/${clip}/filmstrip`);
    const answer = await request(server.port, { path: url, headers: pageHeaders(server) });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('image/jpeg');
    expect(answer.headers.etag).toBe(`"${clip}-10x64"`);
    expect(answer.headers['cache-control']).toBe('private, max-age=86400');
    expect(answer.body.subarray(0, 2).toString('hex')).toBe('ffd8');
    const sprite = assetCachePath(server.dataDir, 'filmstrips', `${clip}-10x64.jpg`);
    expect(answer.body.equals(fs.readFileSync(sprite))).toBe(true);

    const before = fs.statSync(sprite).mtimeMs;
    expect(await call(server, 'media.filmstrip', { assetId: clip })).toMatchObject({ frames: 10, tileWidth: 85, tileHeight: 64 });
    const again = await request(server.port, { path: url, headers: pageHeaders(server, { range: 'bytes=0-1' }) });
    expect([again.status, again.body.toString('hex')]).toEqual([206, 'ffd8']);
    expect(fs.statSync(sprite).mtimeMs).toBe(before);
  });

  it('needs the token like every media URL, and answers 404 for non-videos, unknown ids and other paths', async () => {
    const { server, clip, still } = await serverWithMedia();
    const noToken = await request(server.port, { path: `/media/${clip}/filmstrip`, headers: { host: server.host } });
    expect(noToken.status).toBe(401);
    expect(fs.existsSync(assetCachePath(server.dataDir, 'filmstrips', `${clip}-10x64.jpg`))).toBe(false);

    const image = await request(server.port, { path: `/media/${still}/filmstrip`, headers: pageHeaders(server) });
    expect([image.status, image.body.toString().trim()]).toEqual([404, 'this asset has no filmstrip (only videos do)']);
    for (const url of [`/media/${'e'.repeat(64)}/filmstrip`, `/media/${clip}/filmstrip/x`, `/media/${clip}/filmstrips`, `/media/${clip}/filmstrip.jpg`]) {
      expect((await request(server.port, { path: url, headers: pageHeaders(server) })).status, url).toBe(404);
    }
  });

  it('answers 500 with the reason when FFmpeg cannot make the sprite', async () => {
    const server = await testServer();
    const junk = { id: '7'.repeat(64), ext: 'mp4' };
    server.ctx.store.assets.upsert({
      ...junk, kind: 'video', originalName: 'broken.mp4', byteSize: 4, width: 64, height: 48, durationMs: 1000, fps: 10, hasAudio: false, hasAlpha: false,
      rotation: 0, codec: 'h264', probe: null, thumbnail: null, provenance: null, createdAt: '2025-01-01T00:00:00.000Z',
    });
    fs.mkdirSync(path.dirname(assetFilePath(server.dataDir, junk)), { recursive: true });
    fs.writeFileSync(assetFilePath(server.dataDir, junk), 'junk');
    const answer = await request(server.port, { path: `/media/${junk.id}/filmstrip`, headers: pageHeaders(server) });
    expect(answer.status).toBe(500);
    expect(answer.body.toString()).toMatch(/^broken\.mp4: the filmstrip could not be made \(/);
  });
});
