import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contractEnv, tempDir } from './contract-env';
import { tinyMedia, type TinyMedia } from './tiny-media';

let media: TinyMedia;
beforeAll(async () => {
  media = await tinyMedia();
});

describe('media.*', () => {
  it('imports by path into a project with real ffprobe/ffmpeg, reporting cumulative progress', async () => {
    const env = contractEnv();
    const { summary } = await env.value('projects.create', { name: 'Media' });
    const broken = path.join(tempDir(), 'broken.png');
    fs.writeFileSync(broken, 'not a picture');
    const result = await env.value('media.import', {
      projectId: summary.id,
      importId: 'batch-1',
      sources: [{ path: media.png }, { path: broken }, { path: media.mp4 }],
    });
    expect(result.imported.map((i) => [i.index, i.name, i.asset.kind, i.deduplicated])).toEqual([
      [0, 'still.png', 'image', false],
      [2, 'clip.mp4', 'video', false],
    ]);
    expect(result.imported[0]?.asset).toMatchObject({ width: 32, height: 24, hasThumbnail: true, ext: 'png' });
    expect(result.failed).toEqual([{ index: 1, name: 'broken.png', code: 'MEDIA_INVALID', message: expect.stringContaining('broken.png') }]);

    const progress = env.events.filter((e) => e.name === 'import.progress').map((e) => e.payload);
    expect(progress.at(-1)).toEqual({ importId: 'batch-1', projectId: summary.id, total: 3, done: 3, failed: 1, current: null });
    expect(progress[0]).toMatchObject({ done: 0, current: 'still.png' });

    const linked = await env.value('media.listForProject', { projectId: summary.id });
    expect(linked.map((a) => a.originalName)).toEqual(['still.png', 'clip.mp4']);
    expect((await env.value('media.list', {})).length).toBe(2);
    const id = result.imported[0]?.asset.id as string;
    expect((await env.value('media.get', { assetId: id })).originalName).toBe('still.png');
  });

  it('importing the same bytes again is deduplicated', async () => {
    const env = contractEnv();
    await env.value('media.import', { sources: [{ path: media.png }] });
    const again = await env.value('media.import', { sources: [{ path: media.png }] });
    expect(again.imported[0]?.deduplicated).toBe(true);
  });

  it('sets the view type of an image in a project', async () => {
    const env = contractEnv();
    const { summary } = await env.value('projects.create', { name: 'Views' });
    const { imported } = await env.value('media.import', { sources: [{ path: media.png }] });
    const assetId = imported[0]?.asset.id as string;
    expect(await env.value('media.setViewType', { projectId: summary.id, assetId, viewType: 'front' })).toBe(null);
    expect((await env.value('media.listForProject', { projectId: summary.id }))[0]?.viewType).toBe('front');
  });

  it('maps errors to codes: unknown asset or project, uploads outside browser mode, a missing file', async () => {
    const env = contractEnv();
    const unknownAsset = 'c'.repeat(64);
    const missingProject = 'a1b2c3d4-0000-4000-8000-00000000dead';
    expect((await env.error('media.get', { assetId: unknownAsset })).code).toBe('NOT_FOUND');
    expect((await env.error('media.setViewType', { projectId: missingProject, assetId: unknownAsset, viewType: null })).code).toBe('NOT_FOUND');
    expect((await env.error('media.listForProject', { projectId: missingProject })).code).toBe('NOT_FOUND');
    expect((await env.error('media.import', { projectId: missingProject, sources: [{ path: media.png }] })).code).toBe('NOT_FOUND');
    const upload = await env.value('media.import', { sources: [{ uploadId: '0'.repeat(32) }] });
    expect(upload.failed).toEqual([{ index: 0, name: '0'.repeat(32), code: 'BAD_INPUT', message: expect.stringContaining('browser mode') }]);
    const gone = await env.value('media.import', { sources: [{ path: path.join(tempDir(), 'gone.png') }] });
    expect(gone.failed[0]).toMatchObject({ index: 0, name: 'gone.png', code: 'NOT_FOUND' });
  });
});
