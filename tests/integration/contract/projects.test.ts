import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contractEnv, tempDir } from './contract-env';

const MISSING = 'a1b2c3d4-0000-4000-8000-00000000dead';

describe('projects.*', () => {
  it('create → list → rename → duplicate round trip through dispatch', async () => {
    const env = contractEnv();
    const created = await env.value('projects.create', { name: 'Mug ad', aspect: '1:1', fps: 25 });
    expect(created.summary.name).toBe('Mug ad');
    expect(created.document.settings).toMatchObject({ name: 'Mug ad', aspect: '1:1', fps: 25 });
    expect(created.revision).toMatch(/^[0-9a-f]{32}$/);

    expect((await env.value('projects.list', {})).map((p) => p.id)).toEqual([created.summary.id]);

    const renamed = await env.value('projects.rename', { projectId: created.summary.id, name: 'Cup ad' });
    expect(renamed.name).toBe('Cup ad');
    expect(env.events.map((e) => e.name)).toEqual(['project.saved']);
    expect(env.events[0]?.payload).toMatchObject({ projectId: created.summary.id, name: 'Cup ad' });

    const copy = await env.value('projects.duplicate', { projectId: created.summary.id });
    expect(copy.name).toBe('Cup ad copy');
    expect(copy.id).not.toBe(created.summary.id);
  });

  it('delete moves to the trash, restore brings it back, purge deletes for good', async () => {
    const env = contractEnv();
    const { summary } = await env.value('projects.create', { name: 'Temp' });
    expect(await env.value('projects.delete', { projectId: summary.id })).toBe(null);
    expect(await env.value('projects.list', {})).toEqual([]);
    expect((await env.value('projects.list', { includeDeleted: true }))[0]?.deletedAt).not.toBe(null);
    expect((await env.value('projects.restore', { projectId: summary.id })).deletedAt).toBe(null);
    await env.value('projects.delete', { projectId: summary.id, purge: true });
    expect(await env.value('projects.list', { includeDeleted: true })).toEqual([]);
  });

  it('exportFile writes a project file that importFile reads back as a new project', async () => {
    const env = contractEnv();
    const { summary } = await env.value('projects.create', { name: 'Portable' });
    const file = path.join(tempDir(), 'portable.adloom.json');
    expect(await env.value('projects.exportFile', { projectId: summary.id, path: file })).toEqual({ path: file });
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).settings.name).toBe('Portable');
    const imported = await env.value('projects.importFile', { path: file, name: 'Imported' });
    expect(imported.name).toBe('Imported');
    expect((await env.value('projects.list', {})).length).toBe(2);
  });

  it('maps core errors to their codes', async () => {
    const env = contractEnv();
    expect((await env.error('projects.rename', { projectId: MISSING, name: 'x' })).code).toBe('NOT_FOUND');
    expect((await env.error('projects.restore', { projectId: MISSING })).code).toBe('NOT_FOUND');
    expect((await env.error('projects.delete', { projectId: MISSING })).code).toBe('NOT_FOUND');
    const notThere = path.join(tempDir(), 'nope.json');
    expect((await env.error('projects.importFile', { path: notThere })).code).toBe('NOT_FOUND');
    const bad = path.join(tempDir(), 'bad.json');
    fs.writeFileSync(bad, '{"schemaVersion": 1, "settings": {}}');
    expect((await env.error('projects.importFile', { path: bad })).code).toBe('BAD_INPUT');
  });
});
