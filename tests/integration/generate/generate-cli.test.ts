import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../main/core/storage/store';
import { loadProject, saveProjectDocument } from '../../../main/core/workspace/project-service';
import { makeTestImage } from '../../fakes/tiny-media';
import { runCliCaptured, tempHome, type CliRun } from '../../helpers/run-cli';
import { fakeEnv, KEYS, startFakes, type Fakes } from './generation-env';

let fakes: Fakes;
let home: { dir: string; cleanup: () => void };
let projectId = '';
const runs: CliRun[] = [];

async function cli(args: string[], env: Record<string, string | undefined> = {}): Promise<CliRun> {
  const run = await runCliCaptured(args, { home: home.dir, env: { ...fakeEnv(fakes), ADLOOM_POLL_INTERVAL_MS: '20', ...env } });
  runs.push(run);
  return run;
}
const jsonOut = <T>(run: CliRun): T => JSON.parse(run.stdout) as T;
const jsonLines = (run: CliRun): Array<Record<string, unknown>> => run.stderr.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
const noKeys = { REPLICATE_API_TOKEN: undefined, RUNWAYML_API_SECRET: undefined, ELEVENLABS_API_KEY: undefined };

beforeAll(async () => {
  fakes = await startFakes();
  home = tempHome('adloom-gen-cli-');
  const created = await cli(['projects', 'create', 'Desk fan', '--aspect', '9:16', '--resolution', '720p', '--json']);
  projectId = jsonOut<{ summary: { id: string } }>(created).summary.id;
  const files = await Promise.all([0, 1, 2, 3].map((i) => makeTestImage({ dir: home.dir, name: `p${i}.png`, width: 80 + 8 * i, height: 120 })));
  expect((await cli(['media', 'import', ...files, '--project', projectId])).code).toBe(0);
});
afterAll(async () => {
  await fakes.close();
  home.cleanup();
});

describe('adloom plan / generate / jobs / keys / voiceover against the fakes', () => {
  it('plans from the project images and stores the plan', async () => {
    const run = await cli(['plan', '--project', projectId, '--brief', 'A quiet desk fan for hot offices', '--mood', '30', '--duration', '5', '--offline', '--json']);
    expect(run.code, run.stderr).toBe(0);
    const plan = jsonOut<{ request: { images: Array<{ assetId: string }> }; results: Array<{ source: string; plan: { totalDurationMs: number; scenes: Array<{ assetId: string }> } }> }>(run);
    expect(plan.request.images).toHaveLength(4);
    expect(plan.results[0]).toMatchObject({ source: 'local', plan: { totalDurationMs: 5000 } });
    const ids = new Set(plan.request.images.map((i) => i.assetId));
    expect(plan.results[0]?.plan.scenes.every((s) => ids.has(s.assetId))).toBe(true);
  });

  it('refuses to spend without --yes when there is no terminal to ask on', async () => {
    const run = await cli(['generate', '--project', projectId, '--provider', 'replicate']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/nothing was sent\. Run again with --yes to confirm the spending\.\n$/);
    expect(fakes.replicate.createCalls()).toBe(0);
  });

  it('generates every planned scene with Replicate, with JSON progress on stderr and the result on stdout', async () => {
    const run = await cli(['generate', '--project', projectId, '--provider', 'replicate', '--yes', '--json']);
    expect(run.code, run.stderr).toBe(0);
    const result = jsonOut<{ jobs: Array<{ state: string; outputAssetId: string }>; cacheHits: number; estimate: { totalUsd: number } }>(run);
    const scenes = result.jobs.length;
    expect(result.jobs.every((j) => j.state === 'succeeded')).toBe(true);
    expect(fakes.replicate.createCalls()).toBe(scenes);
    const events = jsonLines(run);
    expect(events[0]).toMatchObject({ event: 'estimate', provider: 'replicate', model: 'kwaivgi/kling-v2.1' });
    expect(events.filter((e) => e.event === 'job.changed' && (e.job as { state: string }).state === 'succeeded')).toHaveLength(scenes);
    expect(events.some((e) => e.event === 'job.progress')).toBe(true);

    const again = await cli(['generate', '--project', projectId, '--provider', 'replicate', '--json']);
    expect(again.code, again.stderr).toBe(0);
    expect(jsonOut<{ cacheHits: number; spentUsd: number }>(again)).toMatchObject({ cacheHits: scenes, spentUsd: 0 });
    expect(fakes.replicate.createCalls()).toBe(scenes);

    const store = openStore({ dataDir: home.dir });
    try {
      const video = loadProject(store, projectId).document.tracks.video;
      expect(video.map((v) => v.id)).toEqual(result.jobs.map((_, i) => `scene-${i + 1}`));
    } finally {
      store.close();
    }
  });

  it('lists and shows jobs with their costs and provenance', async () => {
    const list = await cli(['jobs', 'list', '--project', projectId, '--state', 'succeeded', '--json']);
    const jobs = jsonOut<Array<{ id: string; provider: string }>>(list);
    expect(jobs.length).toBeGreaterThan(0);
    const show = await cli(['jobs', 'show', jobs[jobs.length - 1]?.id ?? '', '--json']);
    const shown = jsonOut<{ ledger: Array<{ kind: string }>; output: { provenance: { provider: string } } }>(show);
    expect(shown.ledger.map((e) => e.kind)).toEqual(['estimate', 'actual']);
    expect(shown.output.provenance.provider).toBe('replicate');
    expect((await cli(['jobs', 'list', '--state', 'nope'])).code).toBe(2);
  });

  it('blocks a generation over the project budget before anything is sent', async () => {
    const store = openStore({ dataDir: home.dir });
    const { document } = loadProject(store, projectId);
    saveProjectDocument(store, projectId, { ...document, settings: { ...document.settings, budgetUsd: 0.3 } });
    store.close();
    const calls = fakes.runway.createCalls();
    const run = await cli(['generate', '--project', projectId, '--provider', 'runway', '--yes']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/adloom: This generation would cost about \$\d+\.\d\d, but project .* has only \$0\.\d\d of its \$0\.30 budget left\./);
    expect(fakes.runway.createCalls()).toBe(calls);
    const reopened = openStore({ dataDir: home.dir });
    saveProjectDocument(reopened, projectId, { ...document, settings: { ...document.settings, budgetUsd: null } });
    reopened.close();
  });

  it('uses free local draft motion when no key is set', async () => {
    const run = await cli(['generate', '--project', projectId, '--json'], noKeys);
    expect(run.code, run.stderr).toBe(0);
    expect(jsonOut<{ provider: string; spentUsd: number }>(run)).toMatchObject({ provider: 'local', spentUsd: 0 });
  });

  it('tests keys: ok, missing, invalid', async () => {
    const ok = await cli(['keys', 'test', '--json']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(jsonOut<Array<{ provider: string; status: string }>>(ok).map((r) => [r.provider, r.status])).toEqual([['replicate', 'ok'], ['runway', 'ok'], ['elevenlabs', 'ok']]);
    const missing = await cli(['keys', 'test', '--json'], { RUNWAYML_API_SECRET: undefined });
    expect(missing.code).toBe(0);
    expect(jsonOut<Array<{ status: string }>>(missing)[1]?.status).toBe('missing');
    const bad = await cli(['keys', 'test', '--provider', 'replicate'], { REPLICATE_API_TOKEN: 'r8_wrongwrongwrongwrong0123456789' });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^replicate\s+invalid/);
    expect(bad.stdout + bad.stderr).not.toContain('r8_wrongwrongwrongwrong0123456789');
  });

  it('speaks the plan’s script and puts it on the voice-over track', async () => {
    const run = await cli(['voiceover', '--project', projectId, '--yes', '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect(jsonOut<{ job: { state: string; provider: string } }>(run).job).toMatchObject({ state: 'succeeded', provider: 'elevenlabs' });
    const store = openStore({ dataDir: home.dir });
    try {
      expect(loadProject(store, projectId).document.tracks.voiceover.map((v) => v.id)).toEqual(['voiceover-ai']);
    } finally {
      store.close();
    }
  });

  it('fails jobs with a rejected key without ever echoing the key', async () => {
    const wrong = 'key_' + 'f'.repeat(128);
    const run = await cli(['generate', '--project', projectId, '--provider', 'runway', '--yes'], { RUNWAYML_API_SECRET: wrong });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Runway rejected the API key while starting the generation \(401/);
    expect(run.stderr).toContain('RUNWAYML_API_SECRET');
    const dbBytes = fs.readdirSync(home.dir).filter((f) => f.startsWith('adloom.db')).map((f) => fs.readFileSync(path.join(home.dir, f)));
    for (const bytes of dbBytes) expect(bytes.includes(Buffer.from(wrong))).toBe(false);
    expect(run.stdout + run.stderr).not.toContain(wrong);
  });

  it('plans through the LLM on Replicate when a key is set, falling back to the local planner on a bad reply', async () => {
    const before = fakes.replicate.createCalls();
    const run = await cli(['plan', '--project', projectId, '--duration', '5', '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect(jsonOut<{ results: Array<{ source: string }> }>(run).results[0]?.source).toBe('local-fallback');
    expect(fakes.replicate.createCalls()).toBeGreaterThan(before);
  });

  it('never writes a key into the database, the project file or any output', async () => {
    const exported = path.join(home.dir, 'project.json');
    expect((await cli(['projects', 'export', projectId, exported])).code).toBe(0);
    const files = [exported, ...fs.readdirSync(home.dir).filter((f) => f.startsWith('adloom.db')).map((f) => path.join(home.dir, f))];
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const key of Object.values(KEYS)) {
      for (const file of files) expect(fs.readFileSync(file).includes(Buffer.from(key)), `${key} in ${file}`).toBe(false);
      for (const run of runs) expect(run.stdout + run.stderr).not.toContain(key);
    }
  });
});
