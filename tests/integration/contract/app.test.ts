import { beforeAll, describe, expect, it } from 'vitest';
import { assetFilePath } from '../../../main/core/media/asset-paths';
import { createBrowserShell } from '../../../main/server/browser-shell';
import { contractEnv } from './contract-env';
import { tinyMedia, type TinyMedia } from './tiny-media';

let media: TinyMedia;
beforeAll(async () => {
  media = await tinyMedia();
});

describe('app.*', () => {
  it('app.info tells the version, mode, data folder and capabilities', async () => {
    const env = contractEnv();
    expect(await env.value('app.info', {})).toEqual({
      version: '9.9.9-test',
      mode: 'electron',
      platform: process.platform,
      dataDir: env.dataDir,
      capabilities: { dialogs: true, reveal: true, uploads: false },
    });
  });

  it('dialogs answer through the shell; cancelled is empty or null', async () => {
    const env = contractEnv();
    env.shell.nextOpen = ['/home/me/a.png', '/home/me/b.png'];
    expect(await env.value('app.openDialog', { purpose: 'media', multiple: true })).toEqual({ paths: ['/home/me/a.png', '/home/me/b.png'] });
    expect(await env.value('app.saveDialog', { purpose: 'video', defaultName: 'Mug ad.mp4' })).toEqual({ path: null });
  });

  it('a dialog path the shell hands back is still checked by the output schema', async () => {
    const env = contractEnv();
    env.shell.nextOpen = ['relative/escape/../x.png'];
    expect((await env.error('app.openDialog', { purpose: 'media' })).code).toBe('INTERNAL');
  });

  it('reveal maps ids to paths in main; unknown ids are NOT_FOUND', async () => {
    const env = contractEnv();
    const { imported } = await env.value('media.import', { sources: [{ path: media.png }] });
    const asset = imported[0]?.asset;
    expect(await env.value('app.reveal', { target: { kind: 'asset', assetId: asset?.id } })).toBe(null);
    expect(await env.value('app.reveal', { target: { kind: 'dataDir' } })).toBe(null);
    expect(env.shell.revealed).toEqual([assetFilePath(env.dataDir, { id: asset?.id as string, ext: 'png' }), env.dataDir]);
    expect((await env.error('app.reveal', { target: { kind: 'asset', assetId: '0'.repeat(64) } })).code).toBe('NOT_FOUND');
    const { summary } = await env.value('projects.create', { name: 'Exports' });
    expect((await env.error('app.reveal', { target: { kind: 'export', projectId: summary.id, exportId: 'nope' } })).code).toBe('NOT_FOUND');
  });

  it('browser mode has no native dialogs: BAD_INPUT that says what to do instead', async () => {
    const env = contractEnv({ mode: 'browser' });
    env.ctx.shell = createBrowserShell(null);
    expect((await env.value('app.info', {})).capabilities).toEqual({ dialogs: false, reveal: false, uploads: false });
    const error = await env.error('app.openDialog', { purpose: 'media' });
    expect(error).toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('file picker') });
  });
});
