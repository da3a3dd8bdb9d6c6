import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RenderFinishedDto, RenderProgressDto } from '../../../preload/contract/dto/render-dto';
import { contractEnv, tempDir, type ContractEnv } from './contract-env';
import { expectPlayableMp4, renderableProject, waitForEvent } from './render-fixture';

const finishedOf = (env: ContractEnv, renderId: string): Promise<RenderFinishedDto> => waitForEvent<RenderFinishedDto>(env, 'render.finished', (p) => p.renderId === renderId);
const progressOf = (env: ContractEnv, renderId: string): RenderProgressDto[] =>
  env.events.filter((e) => e.name === 'render.progress').map((e) => e.payload as RenderProgressDto).filter((p) => p.renderId === renderId);

describe('render.start', () => {
  it('exports in the background with rising progress, then a checked file in the export history', async () => {
    const env = contractEnv();
    const { projectId } = await renderableProject(env);
    const target = path.join(tempDir(), 'mug ad.mp4');
    const { renderId } = await env.value('render.start', { projectId, outputPath: target, preset: 'draft' });
    const finished = await finishedOf(env, renderId);

    expect(finished).toMatchObject({ renderId, projectId, kind: 'export', state: 'succeeded' });
    expect(finished.outputs).toHaveLength(1);
    const [output] = finished.outputs;
    expect(output).toMatchObject({ aspect: '9:16', width: 64, height: 114, path: target, byteSize: fs.statSync(target).size });
    await expectPlayableMp4(target, { width: 64, height: 114, durationMs: 2000 });

    const progress = progressOf(env, renderId);
    const fractions = progress.map((p) => p.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(progress.slice(0, -1).every((p) => p.state === 'running')).toBe(true);
    expect(progress.at(-1)).toEqual({ renderId, projectId, kind: 'export', state: 'succeeded', fraction: 1, etaMs: 0 });
    // One render.finished, after the last progress event.
    expect(env.events.filter((e) => e.name.startsWith('render.')).map((e) => e.name).slice(-2)).toEqual(['render.progress', 'render.finished']);

    const history = env.store.exports.listForProject(projectId);
    expect(history.map((e) => [e.id, e.path, e.aspect, e.preset, e.byteSize])).toEqual([[output?.id, target, '9:16', 'draft', output?.byteSize]]);
    await env.value('app.reveal', { target: { kind: 'export', projectId, exportId: output?.id } });
    expect(env.shell.revealed).toEqual([target]);
  });

  it('writes several aspect variants in one request, named after the chosen file', async () => {
    const env = contractEnv();
    const { projectId } = await renderableProject(env);
    const dir = tempDir();
    const { renderId } = await env.value('render.start', { projectId, outputPath: path.join(dir, 'ad.mp4'), preset: 'draft', variants: [{ aspect: '9:16' }, { aspect: '1:1' }] });
    const finished = await finishedOf(env, renderId);
    expect(finished.state).toBe('succeeded');
    expect(finished.outputs.map((o) => [o.aspect, o.width, o.height, o.path])).toEqual([
      ['9:16', 64, 114, path.join(dir, 'ad-9x16.mp4')],
      ['1:1', 64, 64, path.join(dir, 'ad-1x1.mp4')],
    ]);
    await expectPlayableMp4(path.join(dir, 'ad-1x1.mp4'), { width: 64, height: 64, durationMs: 2000 });
    const fractions = progressOf(env, renderId).map((p) => p.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.some((f) => f > 0 && f < 1)).toBe(true);
    expect(env.store.exports.listForProject(projectId)).toHaveLength(2);
  });

  it('renders the final preset at the project resolution into the export folder when no path is given', async () => {
    const env = contractEnv();
    const { projectId } = await renderableProject(env, { name: 'Mug: "12 h" hot!' });
    const { renderId } = await env.value('render.start', { projectId });
    const finished = await finishedOf(env, renderId);
    expect(finished.state).toBe('succeeded');
    const file = finished.outputs[0]?.path as string;
    expect(path.dirname(file)).toBe(path.join(env.dataDir, 'exports'));
    expect(path.basename(file)).toMatch(/^mug-12-h-hot-9x16-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.mp4$/);
    await expectPlayableMp4(file, { width: 720, height: 1280, durationMs: 2000 });
  });

  it('refuses a second export while one runs (CONFLICT naming it), and an existing file without overwrite', async () => {
    const env = contractEnv();
    const { projectId } = await renderableProject(env, { stillMs: 20_000 });
    const dir = tempDir();
    const first = await env.value('render.start', { projectId, outputPath: path.join(dir, 'a.mp4'), preset: 'draft' });
    const second = await env.error('render.start', { projectId, outputPath: path.join(dir, 'b.mp4'), preset: 'draft' });
    expect(second.code).toBe('CONFLICT');
    expect(second.message).toBe(`render ${first.renderId} (export of "Mug ad" to ${path.join(dir, 'a.mp4')}) is still running; wait for it to finish or cancel it first`);
    await env.value('render.cancel', { renderId: first.renderId });

    fs.writeFileSync(path.join(dir, 'taken.mp4'), 'mine');
    const taken = await env.error('render.start', { projectId, outputPath: path.join(dir, 'taken.mp4') });
    expect(taken).toMatchObject({ code: 'CONFLICT', message: `${path.join(dir, 'taken.mp4')} already exists; choose another file or export again with overwrite` });
    expect(fs.readFileSync(path.join(dir, 'taken.mp4'), 'utf8')).toBe('mine');
  });

  it('names the field when a variant or path cannot be used', async () => {
    const env = contractEnv();
    const { projectId } = await renderableProject(env);
    const dir = tempDir();
    expect(await env.error('render.start', { projectId, outputPath: path.join(dir, 'ad.mov') })).toMatchObject({ code: 'BAD_INPUT', message: `render.start: ${path.join(dir, 'ad.mov')} must be an .mp4 file` });
    expect(await env.error('render.start', { projectId, variants: [{ aspect: '9:16', resolution: '2160p' }] })).toMatchObject({
      code: 'BAD_INPUT',
      details: { path: ['variants', 0, 'resolution'] },
    });
    const same = path.join(dir, 'same.mp4');
    expect((await env.error('render.start', { projectId, variants: [{ aspect: '9:16', outputPath: same }, { aspect: '1:1', outputPath: same }] })).message).toBe(
      `render.start: two variants would both write ${same}; give each its own outputPath`,
    );
    expect((await env.error('render.start', { projectId: 'no-such-project' })).code).toBe('NOT_FOUND');
    const empty = (await env.value('projects.create', { name: 'Empty' })).summary.id;
    expect(await env.error('render.preview', { projectId: empty })).toMatchObject({
      code: 'BAD_INPUT',
      message: 'project "Empty" has an empty video track: add at least one clip, still or card before the preview',
    });
  });
});

describe('render.cancel', () => {
  it('stops a running export: CANCELLED, nothing at the target, no temp file left', async () => {
    const env = contractEnv();
    const { projectId } = await renderableProject(env, { stillMs: 60_000 });
    const dir = tempDir();
    const target = path.join(dir, 'cancelled.mp4');
    const { renderId } = await env.value('render.start', { projectId, outputPath: target, preset: 'draft' });
    await waitForEvent<RenderProgressDto>(env, 'render.progress', (p) => p.renderId === renderId && p.fraction > 0);
    expect(await env.value('render.cancel', { renderId })).toBeNull();

    const finished = await finishedOf(env, renderId);
    expect(finished).toMatchObject({ state: 'cancelled', outputs: [], error: { code: 'CANCELLED' } });
    expect(progressOf(env, renderId).at(-1)).toMatchObject({ state: 'cancelled', error: { code: 'CANCELLED' } });
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(env.store.exports.listForProject(projectId)).toEqual([]);
    // Cancelling what already ended is not an error; an id never seen is.
    expect(await env.value('render.cancel', { renderId })).toBeNull();
    expect((await env.error('render.cancel', { renderId: 'never-started' })).code).toBe('NOT_FOUND');
  });
});

describe('render.preview', () => {
  it('renders a time range at proxy size into the preview cache, played by id', async () => {
    const env = contractEnv();
    const { projectId } = await renderableProject(env);
    const { renderId } = await env.value('render.preview', { projectId, startMs: 500, endMs: 1500 });
    const finished = await finishedOf(env, renderId);
    expect(finished).toMatchObject({ kind: 'preview', state: 'succeeded' });
    const [output] = finished.outputs;
    expect(output?.id).toMatch(/^[0-9a-f]{32}$/);
    expect(output?.path).toBeUndefined();
    const file = path.join(env.dataDir, 'cache', 'previews', `${output?.id as string}.mp4`);
    await expectPlayableMp4(file, { width: 64, height: 114, durationMs: 1000 });
    expect(fs.readdirSync(path.dirname(file))).toEqual([path.basename(file)]);
    expect(env.store.exports.listForProject(projectId)).toEqual([]);
  });

  it('reports a range past the end as a failed preview naming startMs', async () => {
    const env = contractEnv();
    const { projectId } = await renderableProject(env);
    const { renderId } = await env.value('render.preview', { projectId, startMs: 5000 });
    const finished = await finishedOf(env, renderId);
    expect(finished).toMatchObject({ state: 'failed', error: { code: 'BAD_INPUT', message: 'render.preview: startMs 5000 is at or past the end of the project (2000 ms)' } });
    expect(fs.readdirSync(path.join(env.dataDir, 'cache', 'previews'))).toEqual([]);
  });
});
