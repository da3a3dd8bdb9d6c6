import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RenderFinishedDto } from '../../../preload/contract/dto/render-dto';
import { contractEnv, tempDir } from './contract-env';
import { renderableProject, waitForEvent } from './render-fixture';

describe('exports.list', () => {
  it("lists a project's exports newest first, saying which files are still there", async () => {
    const env = contractEnv();
    const { projectId } = await renderableProject(env);
    const other = await renderableProject(env, { name: 'Other' });
    const dir = tempDir();
    const kept = path.join(dir, 'kept.mp4');
    const moved = path.join(dir, 'moved.mp4');
    fs.writeFileSync(kept, 'mp4 bytes');
    fs.writeFileSync(moved, 'mp4 bytes');
    // Created in this order; the store's clock orders them.
    const first = env.store.exports.record({ projectId, path: kept, preset: 'final', aspect: '9:16', durationMs: 2000, byteSize: 9 });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = env.store.exports.record({ projectId, path: moved, preset: 'draft', aspect: '1:1', durationMs: 2000, byteSize: 9 });
    env.store.exports.record({ projectId: other.projectId, path: kept, preset: 'final', aspect: '9:16', durationMs: 2000, byteSize: 9 });
    fs.rmSync(moved);

    expect(await env.value('exports.list', { projectId })).toEqual([
      { ...second, exists: false },
      { ...first, exists: true },
    ]);
    // A folder where the file was is not the file.
    fs.mkdirSync(moved);
    expect((await env.value('exports.list', { projectId }))[0]?.exists).toBe(false);
  });

  it('lists what render.start exported', async () => {
    const env = contractEnv();
    const { projectId } = await renderableProject(env);
    expect(await env.value('exports.list', { projectId })).toEqual([]);
    const target = path.join(tempDir(), 'ad.mp4');
    const { renderId } = await env.value('render.start', { projectId, outputPath: target, preset: 'draft' });
    const finished = await waitForEvent<RenderFinishedDto>(env, 'render.finished', (p) => p.renderId === renderId);
    expect(finished.state).toBe('succeeded');
    const [listed, ...rest] = await env.value('exports.list', { projectId });
    expect(rest).toEqual([]);
    expect(listed).toMatchObject({ id: finished.outputs[0]?.id, projectId, path: target, preset: 'draft', aspect: '9:16', byteSize: fs.statSync(target).size, exists: true });
    expect(Math.abs((listed?.durationMs ?? 0) - 2000)).toBeLessThan(100);
  });

  it('answers NOT_FOUND for an unknown project', async () => {
    const env = contractEnv();
    const missing = 'a1b2c3d4-0000-4000-8000-00000000dead';
    expect(await env.error('exports.list', { projectId: missing })).toMatchObject({ code: 'NOT_FOUND', message: `project ${missing} does not exist` });
  });
});
