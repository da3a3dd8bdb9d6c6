import { describe, expect, it } from 'vitest';
import type { ContractEnv } from './contract-env';
import { contractEnv } from './contract-env';

async function newProject(env: ContractEnv) {
  return env.value('projects.create', { name: 'Doc test' });
}

const card = { id: 'intro', type: 'card', role: 'intro', durationMs: 2000, title: 'Hello' };

describe('document.*', () => {
  it('load gives the same revision as create, and the revision follows the content', async () => {
    const env = contractEnv();
    const created = await newProject(env);
    const loaded = await env.value('document.load', { projectId: created.summary.id });
    expect(loaded.revision).toBe(created.revision);
    expect(loaded.document).toEqual(created.document);
  });

  it('patch applies ops atomically, announces the save and returns the inverse that undoes it', async () => {
    const env = contractEnv();
    const { summary, revision, document } = await newProject(env);
    const patched = await env.value('document.patch', {
      projectId: summary.id,
      baseRevision: revision,
      ops: [{ op: 'replace', path: '/settings/name', value: 'Renamed' }, { op: 'replace', path: '/settings/fps', value: 60 }],
    });
    expect(patched.document.settings).toMatchObject({ name: 'Renamed', fps: 60 });
    expect(patched.summary.name).toBe('Renamed');
    expect(patched.revision).not.toBe(revision);
    expect(env.events).toEqual([{ name: 'project.saved', payload: { projectId: summary.id, name: 'Renamed', revision: patched.revision, updatedAt: patched.summary.updatedAt } }]);

    const undone = await env.value('document.patch', { projectId: summary.id, baseRevision: patched.revision, ops: patched.inverse });
    expect(undone.document).toEqual(document);
    expect(undone.revision).toBe(revision);
    expect(undone.summary.name).toBe('Doc test');
  });

  it('refuses a stale revision with CONFLICT and changes nothing', async () => {
    const env = contractEnv();
    const { summary, revision } = await newProject(env);
    const first = await env.value('document.patch', { projectId: summary.id, baseRevision: revision, ops: [{ op: 'replace', path: '/settings/name', value: 'A' }] });
    const error = await env.error('document.patch', { projectId: summary.id, baseRevision: revision, ops: [{ op: 'replace', path: '/settings/name', value: 'B' }] });
    expect(error.code).toBe('CONFLICT');
    expect(error.details).toMatchObject({ baseRevision: revision, currentRevision: first.revision });
    expect((await env.value('document.load', { projectId: summary.id })).document.settings.name).toBe('A');
  });

  it('refuses a patch whose result is not a valid document (BAD_INPUT) and stores nothing', async () => {
    const env = contractEnv();
    const { summary, revision } = await newProject(env);
    const error = await env.error('document.patch', {
      projectId: summary.id,
      baseRevision: revision,
      ops: [{ op: 'replace', path: '/settings/name', value: 'Half' }, { op: 'replace', path: '/settings/fps', value: 31 }],
    });
    expect(error.code).toBe('BAD_INPUT');
    expect(error.message).toMatch(/settings\.fps/);
    expect((await env.value('document.load', { projectId: summary.id })).revision).toBe(revision);
  });

  it('names the op that could not be applied; a failed test op is a CONFLICT', async () => {
    const env = contractEnv();
    const { summary, revision } = await newProject(env);
    const bad = await env.error('document.patch', { projectId: summary.id, baseRevision: revision, ops: [{ op: 'remove', path: '/tracks/video/3' }] });
    expect(bad).toMatchObject({ code: 'BAD_INPUT', details: { opIndex: 0, path: ['ops', 0] } });
    const test = await env.error('document.patch', { projectId: summary.id, baseRevision: revision, ops: [{ op: 'test', path: '/settings/name', value: 'Other' }] });
    expect(test).toMatchObject({ code: 'CONFLICT', details: { opIndex: 0 } });
  });

  it('adds a card to the timeline and removes it again through the inverse', async () => {
    const env = contractEnv();
    const { summary, revision } = await newProject(env);
    const added = await env.value('document.patch', { projectId: summary.id, baseRevision: revision, ops: [{ op: 'add', path: '/tracks/video/-', value: card }] });
    // Stored validated: the defaults the card left out are filled in.
    expect(added.document.tracks.video[0]).toMatchObject({ ...card, background: { kind: 'color', color: '#111111' } });
    expect(added.inverse).toEqual([{ op: 'remove', path: '/tracks/video/0' }]);
    const removed = await env.value('document.patch', { projectId: summary.id, baseRevision: added.revision, ops: added.inverse });
    expect(removed.revision).toBe(revision);
  });

  it('save replaces the whole document against a revision, with the old document as the inverse', async () => {
    const env = contractEnv();
    const { summary, revision, document } = await newProject(env);
    const next = { ...document, settings: { ...document.settings, name: 'Saved whole' } };
    const saved = await env.value('document.save', { projectId: summary.id, baseRevision: revision, document: next });
    expect(saved.summary.name).toBe('Saved whole');
    expect(saved.inverse).toEqual([{ op: 'replace', path: '', value: document }]);
    expect((await env.error('document.save', { projectId: summary.id, baseRevision: revision, document: next })).code).toBe('CONFLICT');
    expect((await env.error('document.save', { projectId: summary.id, baseRevision: saved.revision, document: { schemaVersion: 1 } })).code).toBe('BAD_INPUT');
  });

  it('load of a missing project is NOT_FOUND', async () => {
    const env = contractEnv();
    expect((await env.error('document.load', { projectId: 'a1b2c3d4-0000-4000-8000-00000000dead' })).code).toBe('NOT_FOUND');
  });
});
