import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createEnvSecretStore } from '../../../main/core/ports/env-secret-store';
import { contractEnv } from './contract-env';

describe('jobs.list', () => {
  it('lists jobs newest first, by project and by state, without their raw input', async () => {
    const env = contractEnv();
    const { summary } = await env.value('projects.create', { name: 'Jobs' });
    const a = env.store.jobs.insert({ projectId: summary.id, kind: 'image-to-video', provider: 'runway', model: 'gen4_turbo', input: { imagePath: '/secret/path.png' } });
    const b = env.store.jobs.insert({ kind: 'voice-over', provider: 'elevenlabs', input: {} });
    env.store.jobs.update(b.id, { state: 'failed', errorCode: 'AUTH_FAILED', errorMessage: 'bad key' });

    const all = await env.value('jobs.list', {});
    expect(all.map((j) => j.id)).toEqual([b.id, a.id]);
    expect(JSON.stringify(all)).not.toContain('/secret/path.png');
    expect((await env.value('jobs.list', { projectId: summary.id })).map((j) => j.id)).toEqual([a.id]);
    expect((await env.value('jobs.list', { states: ['failed'] })).map((j) => [j.id, j.errorCode])).toEqual([[b.id, 'AUTH_FAILED']]);
    expect((await env.error('jobs.list', { projectId: 'a1b2c3d4-0000-4000-8000-00000000dead' })).code).toBe('NOT_FOUND');
  });
});

describe('keys.*', () => {
  it('sets, reports and clears a key without ever answering with it', async () => {
    const env = contractEnv();
    const key = 'r8_secret_value_1234567890';
    expect(await env.value('keys.status', {})).toEqual([
      { provider: 'replicate', configured: false, source: "the app's key store (replicate)" },
      { provider: 'runway', configured: false, source: "the app's key store (runway)" },
      { provider: 'elevenlabs', configured: false, source: "the app's key store (elevenlabs)" },
    ]);
    const set = await env.call('keys.set', { provider: 'replicate', key });
    expect(set).toEqual({ ok: true, value: { provider: 'replicate', configured: true, source: "the app's key store (replicate)" } });
    expect(JSON.stringify(await env.value('keys.status', {}))).not.toContain(key);
    expect(JSON.stringify(env.logs)).not.toContain(key);
    expect((await env.value('keys.clear', { provider: 'replicate' })).configured).toBe(false);
  });

  it('refuses to store keys where they come from environment variables (BAD_INPUT)', async () => {
    const env = contractEnv({ secrets: createEnvSecretStore({}) });
    const error = await env.error('keys.set', { provider: 'runway', key: 'key_1234567890' });
    expect(error.code).toBe('BAD_INPUT');
    expect(error.message).toContain('RUNWAYML_API_SECRET');
  });

  it('tests a key: missing without one, ok against a local Runway stand-in', async () => {
    const server = http.createServer((req, res) => {
      const authorised = req.headers.authorization === 'Bearer key_runway_test';
      res.writeHead(authorised && req.url === '/v1/organization' ? 200 : 401, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(authorised ? { creditBalance: 120 } : { error: 'Invalid API key' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const env = contractEnv({ env: { ADLOOM_RUNWAY_BASE_URL: baseUrl } });
      expect((await env.value('keys.test', { provider: 'runway' })).status).toBe('missing');
      await env.value('keys.set', { provider: 'runway', key: 'key_runway_test' });
      expect(await env.value('keys.test', { provider: 'runway' })).toMatchObject({ status: 'ok', details: { creditBalance: 120 } });
      await env.value('keys.set', { provider: 'runway', key: 'key_runway_wrong' });
      expect((await env.value('keys.test', { provider: 'runway' })).status).toBe('invalid');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('settings.*', () => {
  it('reads defaults, changes some fields, clears a nullable one', async () => {
    const env = contractEnv();
    expect(await env.value('settings.get', {})).toEqual({
      exportDir: null,
      defaultAspect: '9:16',
      defaultPlatform: 'generic',
      defaultVideoProvider: 'draft',
      projectBudgetUsd: null,
    });
    const changed = await env.value('settings.set', { patch: { exportDir: '/home/me/Videos', projectBudgetUsd: 5 } });
    expect(changed).toMatchObject({ exportDir: '/home/me/Videos', projectBudgetUsd: 5, defaultAspect: '9:16' });
    expect(await env.value('settings.get', {})).toEqual(changed);
    expect((await env.value('settings.set', { patch: { exportDir: null } })).exportDir).toBe(null);
  });

  it('maps a stored value that no longer matches the schema to BAD_INPUT', async () => {
    const env = contractEnv();
    env.store.db.prepare("INSERT INTO settings (key, value_json, updated_at) VALUES ('app', '{\"defaultAspect\":\"3:2\"}', 'x')").run();
    expect((await env.error('settings.get', {})).code).toBe('BAD_INPUT');
  });
});
