import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { assetFilePath } from '../../../main/core/media/asset-paths';
import { dispatch } from '../../../main/handlers/dispatch';
import { tinyMedia, type TinyMedia } from '../contract/tiny-media';
import { pageHeaders, request, testServer, type TestServer } from './server-env';

let media: TinyMedia;
beforeAll(async () => {
  media = await tinyMedia();
});

async function serverWithClip(): Promise<{ server: TestServer; id: string; bytes: Buffer }> {
  const server = await testServer();
  const result = await dispatch({ name: 'media.import', rawInput: { sources: [{ path: media.mp4 }] }, ctx: server.ctx });
  if (!result.ok) throw new Error(result.error.message);
  const { imported } = result.value as { imported: { asset: { id: string; ext: string } }[] };
  const asset = imported[0]?.asset as { id: string; ext: string };
  return { server, id: asset.id, bytes: fs.readFileSync(assetFilePath(server.dataDir, asset)) };
}

describe('GET /media/<assetId>', () => {
  it('sends the whole file with Accept-Ranges and the right Content-Type', async () => {
    const { server, id, bytes } = await serverWithClip();
    const answer = await request(server.port, { path: `/media/${id}`, headers: pageHeaders(server) });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('video/mp4');
    expect(answer.headers['accept-ranges']).toBe('bytes');
    expect(Number(answer.headers['content-length'])).toBe(bytes.length);
    expect(answer.body.equals(bytes)).toBe(true);
  });

  it('answers a single range with 206, Content-Range and exactly those bytes', async () => {
    const { server, id, bytes } = await serverWithClip();
    const size = bytes.length;
    const cases: [string, number, number][] = [
      ['bytes=0-99', 0, 99],
      ['bytes=100-', 100, size - 1],
      ['bytes=-50', size - 50, size - 1],
      [`bytes=${size - 10}-${size + 1000}`, size - 10, size - 1],
    ];
    for (const [range, start, end] of cases) {
      const answer = await request(server.port, { path: `/media/${id}`, headers: pageHeaders(server, { range }) });
      expect(answer.status, range).toBe(206);
      expect(answer.headers['content-range'], range).toBe(`bytes ${start}-${end}/${size}`);
      expect(Number(answer.headers['content-length']), range).toBe(end - start + 1);
      expect(answer.body.equals(bytes.subarray(start, end + 1)), range).toBe(true);
    }
  });

  it('answers a range past the end with 416 and the size, and ignores several ranges (200)', async () => {
    const { server, id, bytes } = await serverWithClip();
    const past = await request(server.port, { path: `/media/${id}`, headers: pageHeaders(server, { range: `bytes=${bytes.length}-` }) });
    expect(past.status).toBe(416);
    expect(past.headers['content-range']).toBe(`bytes */${bytes.length}`);
    const multi = await request(server.port, { path: `/media/${id}`, headers: pageHeaders(server, { range: 'bytes=0-1,5-9' }) });
    expect(multi.status).toBe(200);
    expect(multi.body.length).toBe(bytes.length);
  });

  it('answers HEAD with the headers only, and serves the thumbnail as JPEG', async () => {
    const { server, id, bytes } = await serverWithClip();
    const head = await request(server.port, { path: `/media/${id}`, method: 'HEAD', headers: pageHeaders(server, { range: 'bytes=0-9' }) });
    expect(head.status).toBe(206);
    expect(head.headers['content-range']).toBe(`bytes 0-9/${bytes.length}`);
    expect(head.body.length).toBe(0);
    const thumb = await request(server.port, { path: `/media/${id}/thumbnail`, headers: pageHeaders(server) });
    expect(thumb.status).toBe(200);
    expect(thumb.headers['content-type']).toBe('image/jpeg');
    expect(thumb.body.subarray(0, 2).toString('hex')).toBe('ffd8');
  });

  it('authenticates media by the cookie a page got, so <video src> works', async () => {
    const { server, id } = await serverWithClip();
    const answer = await request(server.port, { path: `/media/${id}`, headers: { host: server.host, cookie: `adloom_token=${server.token}`, range: 'bytes=0-0' } });
    expect(answer.status).toBe(206);
  });
});
