import { describe, expect, it } from 'vitest';
import { commandNames, type CommandName } from '../../../preload/contract/commands';
import { contractEnv } from './contract-env';

const P = 'a1b2c3d4-0000-4000-8000-000000000001';
const REV = 'a'.repeat(32);
const ASSET = 'b'.repeat(64);

/** One invalid input per command and where zod must point (a prefix of the reported path). */
const INVALID: Record<CommandName, { input: unknown; path: (string | number)[] }> = {
  'projects.list': { input: { includeDeleted: 'yes' }, path: ['includeDeleted'] },
  'projects.create': { input: { name: '   ' }, path: ['name'] },
  'projects.rename': { input: { projectId: 'bad id!', name: 'x' }, path: ['projectId'] },
  'projects.duplicate': { input: { projectId: P, name: 5 }, path: ['name'] },
  'projects.delete': { input: { projectId: P, purge: 'y' }, path: ['purge'] },
  'projects.restore': { input: {}, path: ['projectId'] },
  'projects.exportFile': { input: { projectId: P, path: '/tmp/../etc/passwd' }, path: ['path'] },
  'projects.importFile': { input: { path: 'relative/project.json' }, path: ['path'] },
  'document.load': { input: { projectId: '' }, path: ['projectId'] },
  'document.save': { input: { projectId: P, baseRevision: 'zz', document: {} }, path: ['baseRevision'] },
  'document.patch': { input: { projectId: P, baseRevision: REV, ops: [{ op: 'replace', path: '/__proto__/x', value: 1 }] }, path: ['ops', 0, 'path'] },
  'media.import': { input: { sources: [{ path: '/data/../../etc/shadow' }] }, path: ['sources', 0] },
  'media.list': { input: { all: true }, path: [] },
  'media.listForProject': { input: {}, path: ['projectId'] },
  'media.get': { input: { assetId: '../../adloom.db' }, path: ['assetId'] },
  'media.setViewType': { input: { projectId: P, assetId: ASSET, viewType: 'diagonal' }, path: ['viewType'] },
  'media.filmstrip': { input: { assetId: '/etc/passwd' }, path: ['assetId'] },
  'media.waveform': { input: { assetId: ASSET, buckets: 8 }, path: ['buckets'] },
  'render.start': { input: { projectId: P, outputPath: 'out.mp4' }, path: ['outputPath'] },
  'render.cancel': { input: { renderId: '' }, path: ['renderId'] },
  'render.preview': { input: { projectId: P, startMs: 5, endMs: 1 }, path: ['endMs'] },
  'exports.list': { input: { projectId: 'no/such' }, path: ['projectId'] },
  'plan.create': { input: { request: { images: [], brief: 'A mug', mood: 50, platform: 'tiktok' } }, path: ['request', 'images'] },
  'generate.estimate': { input: { projectId: P, provider: 'runway', scenes: [{ assetId: ASSET, durationMs: 5000 }] }, path: ['model'] },
  'generate.start': { input: { projectId: P, provider: 'draft', scenes: [] }, path: ['scenes'] },
  'voiceover.create': { input: { projectId: P, text: '   ' }, path: ['text'] },
  'jobs.list': { input: { states: ['done'] }, path: ['states', 0] },
  'jobs.cancel': { input: { jobId: 'x y' }, path: ['jobId'] },
  'jobs.retry': { input: {}, path: ['jobId'] },
  'jobs.resume': { input: { all: true }, path: [] },
  'jobs.review': { input: { jobId: 'j1', review: 'liked' }, path: ['review'] },
  'keys.status': { input: { provider: 'replicate' }, path: [] },
  'keys.set': { input: { provider: 'replicate', key: 'has a space in it' }, path: ['key'] },
  'keys.clear': { input: { provider: 'openai' }, path: ['provider'] },
  'keys.test': { input: {}, path: ['provider'] },
  'settings.get': { input: null, path: [] },
  'settings.set': { input: { patch: { exportDir: 'C:relative\\folder' } }, path: ['patch', 'exportDir'] },
  'app.info': { input: 'info', path: [] },
  'app.openDialog': { input: { purpose: 'anything' }, path: ['purpose'] },
  'app.saveDialog': { input: { purpose: 'video', defaultName: '../evil.mp4' }, path: ['defaultName'] },
  'app.reveal': { input: { target: { kind: 'path', path: '/etc' } }, path: ['target'] },
};

describe('every command refuses invalid input with BAD_INPUT and the zod path', () => {
  it('covers every command of the contract', () => {
    expect(Object.keys(INVALID).sort()).toEqual([...commandNames].sort());
  });

  it.each(Object.entries(INVALID))('%s', async (name, { input, path }) => {
    const env = contractEnv();
    const error = await env.error(name, input);
    expect(error.code).toBe('BAD_INPUT');
    expect(error.details?.command).toBe(name);
    expect((error.details?.path as unknown[]).slice(0, path.length)).toEqual(path);
    expect(error.message.startsWith(`${name}: `)).toBe(true);
    // Refused before any handler ran: nothing was written.
    expect(env.store.projects.list({ includeDeleted: true })).toEqual([]);
    expect(env.events).toEqual([]);
  });
});
