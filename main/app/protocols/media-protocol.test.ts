import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssetRecord } from '../../core/media/asset';
import { resolveFfmpegBinaries } from '../../core/ffmpeg/binaries';
import { assetFilePath } from '../../core/media/asset-paths';
import { openStore, type Store } from '../../core/storage/store';
import { filmstripFileOf } from '../../handlers/editor-media';
import { locateLibraryMedia } from './locate-library-media';
import { createMediaProtocolHandler } from './media-protocol';
import type { ProtocolHandler } from './app-protocol';

// 1000 distinct-ish bytes, stored as a library file under its sha256 like the importer does.
const bytes = Buffer.from(Array.from({ length: 1000 }, (_, i) => (i * 7) % 256));
const id = crypto.createHash('sha256').update(bytes).digest('hex');
const unknownId = 'f'.repeat(64);

let dataDir: string;
let store: Store;
let handle: ProtocolHandler;

function record(overrides: Partial<AssetRecord>): AssetRecord {
  return {
    id, kind: 'video', ext: 'mp4', originalName: 'clip.mp4', byteSize: bytes.length, width: 16, height: 16, durationMs: 1000, fps: 25,
    hasAudio: false, hasAlpha: false, rotation: 0, codec: 'h264', probe: null, thumbnail: null, provenance: null, createdAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'adloom-media-protocol-'));
  store = openStore({ dataDir });
  store.assets.upsert(record({}));
  fs.mkdirSync(path.join(dataDir, 'media', 'thumbs'), { recursive: true });
  fs.writeFileSync(assetFilePath(dataDir, { id, ext: 'mp4' }), bytes);
  fs.writeFileSync(path.join(dataDir, 'media', 'thumbs', `${id}.jpg`), 'jpeg');
  // A file named like an asset that the database does not know must not be served.
  fs.writeFileSync(path.join(dataDir, 'media', `${unknownId}.mp4`), 'stray');
  // The real filmstrip maker: these bytes are no video, so FFmpeg really fails on them.
  const deps = { store, dataDir, binaries: () => resolveFfmpegBinaries() };
  handle = createMediaProtocolHandler({ locate: locateLibraryMedia({ dataDir, assets: store.assets, filmstrip: (assetId) => filmstripFileOf(deps, assetId) }) });
});

afterAll(() => {
  store.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const request = (url: string, init: RequestInit = {}): Promise<Response> => handle(new Request(url, init));
const body = async (res: Response): Promise<Buffer> => Buffer.from(await res.arrayBuffer());

describe('media:// handler', () => {
  it('serves the whole file by id with its type and says ranges are accepted', async () => {
    const res = await request(`media://asset/${id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('video/mp4');
    expect(res.headers.get('accept-ranges')).toBe('bytes');
    expect(res.headers.get('content-length')).toBe('1000');
    expect((await body(res)).equals(bytes)).toBe(true);
  });

  it('answers a Range request with 206, Content-Range and exactly those bytes', async () => {
    const res = await request(`media://asset/${id}`, { headers: { Range: 'bytes=100-199' } });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe('bytes 100-199/1000');
    expect(res.headers.get('content-length')).toBe('100');
    expect((await body(res)).equals(bytes.subarray(100, 200))).toBe(true);
  });

  it('answers the open range a seeking <video> sends', async () => {
    const res = await request(`media://asset/${id}`, { headers: { Range: 'bytes=900-' } });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe('bytes 900-999/1000');
    expect((await body(res)).equals(bytes.subarray(900))).toBe(true);
  });

  it('answers a suffix range with the last bytes', async () => {
    const res = await request(`media://asset/${id}`, { headers: { Range: 'bytes=-10' } });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe('bytes 990-999/1000');
    expect((await body(res)).equals(bytes.subarray(990))).toBe(true);
  });

  it('answers 416 with the size when the range starts past the end', async () => {
    const res = await request(`media://asset/${id}`, { headers: { Range: 'bytes=5000-' } });
    expect(res.status).toBe(416);
    expect(res.headers.get('content-range')).toBe('bytes */1000');
    expect((await body(res)).length).toBe(0);
  });

  it('answers HEAD with the headers and no body', async () => {
    const res = await request(`media://asset/${id}`, { method: 'HEAD', headers: { Range: 'bytes=0-9' } });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe('bytes 0-9/1000');
    expect((await body(res)).length).toBe(0);
  });

  it('serves the recorded thumbnail only once the library records one', async () => {
    expect((await request(`media://asset/${id}/thumbnail`)).status).toBe(404);
    store.assets.setThumbnail(id, `media/thumbs/${id}.jpg`);
    const res = await request(`media://asset/${id}/thumbnail`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(await res.text()).toBe('jpeg');
  });

  it('serves ids only: unknown ids, paths and other hosts are 404', async () => {
    expect(await (await request(`media://asset/${unknownId}`)).text()).toBe(`no asset with id ${unknownId} in the library`);
    expect((await request('media://asset/..%2f..%2fadloom.db')).status).toBe(404);
    expect((await request(`media://asset/${id}.mp4`)).status).toBe(404);
    expect((await request(`media://file/${id}`)).status).toBe(404);
    expect((await request(`media://thumb/${id}`)).status).toBe(404);
    expect(await (await request(`media://asset/${id}/../../adloom.db`)).text()).toBe('"adloom.db" is not an asset id (64 lower-case hex characters)');
    expect(await (await request(`media://asset/${id}/poster`)).text()).toBe(`"/${id}/poster" is not /<id>, /<id>/thumbnail or /<id>/filmstrip`);
    expect(await (await request(`media://asset/${unknownId}/filmstrip`)).text()).toBe(`no filmstrip with id ${unknownId} in the library`);
    expect(await (await request('media://asset/ABC')).text()).toBe('"ABC" is not an asset id (64 lower-case hex characters)');
  });

  it('reports a library row whose file is gone as missing, not as a crash', async () => {
    const otherBytes = Buffer.from('gone');
    const otherId = crypto.createHash('sha256').update(otherBytes).digest('hex');
    store.assets.upsert(record({ id: otherId, byteSize: otherBytes.length }));
    const res = await request(`media://asset/${otherId}`);
    expect(res.status).toBe(404);
    expect(await res.text()).toBe(`the library file of ${otherId} is missing`);
  });

  it('serves a preview from the preview cache by its id, with ranges, and nothing else from there', async () => {
    const previewId = 'c'.repeat(32);
    fs.mkdirSync(path.join(dataDir, 'cache', 'previews'), { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'cache', 'previews', `${previewId}.mp4`), bytes);
    const res = await request(`media://preview/${previewId}`, { headers: { range: 'bytes=10-19' } });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-type')).toBe('video/mp4');
    expect((await body(res)).equals(bytes.subarray(10, 20))).toBe(true);
    expect(await (await request(`media://preview/${'d'.repeat(32)}`)).text()).toBe(`preview ${'d'.repeat(32)} is gone (only the latest previews are kept)`);
    expect((await request(`media://preview/${previewId}-full`)).status).toBe(404);
    expect((await request('media://preview/..%2F..%2Fadloom.db')).status).toBe(404);
  });

  it('answers 404 for the filmstrip of an asset that is not a video, and 500 with the reason when FFmpeg cannot make one', async () => {
    const imageBytes = Buffer.from('not really a png');
    const imageId = crypto.createHash('sha256').update(imageBytes).digest('hex');
    store.assets.upsert(record({ id: imageId, kind: 'image', ext: 'png', originalName: 'mug.png', durationMs: null, byteSize: imageBytes.length }));
    fs.writeFileSync(assetFilePath(dataDir, { id: imageId, ext: 'png' }), imageBytes);
    const notVideo = await request(`media://asset/${imageId}/filmstrip`);
    expect(notVideo.status).toBe(404);
    expect(await notVideo.text()).toBe(`no filmstrip with id ${imageId} in the library`);

    const broken = await request(`media://asset/${id}/filmstrip`);
    expect(broken.status).toBe(500);
    expect(await broken.text()).toMatch(/^clip\.mp4: the filmstrip could not be made \(/);
  });

  it('refuses writes', async () => {
    expect((await request(`media://asset/${id}`, { method: 'PUT', body: 'x' })).status).toBe(405);
  });
});
