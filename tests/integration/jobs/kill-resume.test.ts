import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUEUE_LOCK_FILE } from '../../../main/core/jobs/queue-lock';
import { openStore } from '../../../main/core/storage/store';
import { loadProject } from '../../../main/core/workspace/project-service';
import { FakeReplicate, REPLICATE_TEST_KEY } from '../../fakes/fake-replicate';
import { makeTestImage } from '../../fakes/tiny-media';
import { runCliCaptured, tempHome } from '../../helpers/run-cli';

/**
 * The crash test from the issue: the real CLI runs as a child process (node --import tsx, so
 * no build is needed) against a fake Replicate in this process, is killed with SIGKILL while
 * tasks run, and `adloom jobs resume` collects everything without a second create call.
 */
const ROOT = path.resolve(import.meta.dirname, '../../..');
let fake: FakeReplicate;
let home: { dir: string; cleanup: () => void };
let projectId = '';

const env = (): NodeJS.ProcessEnv => ({
  ...process.env,
  ADLOOM_HOME: home.dir,
  ADLOOM_REPLICATE_BASE_URL: fake.baseUrl,
  REPLICATE_API_TOKEN: REPLICATE_TEST_KEY,
  ADLOOM_POLL_INTERVAL_MS: '100',
});

function cliChild(args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'main/cli/index.ts'), ...args], { cwd: ROOT, env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

function collect(stream: NodeJS.ReadableStream | null): () => string {
  const chunks: Buffer[] = [];
  stream?.on('data', (c: Buffer) => chunks.push(c));
  return () => Buffer.concat(chunks).toString('utf8');
}

beforeAll(async () => {
  fake = await FakeReplicate.start();
  fake.timing = { startingMs: 100, processingMs: 3000, retentionMs: 3_600_000 };
  home = tempHome('adloom-kill-');
  const run = (args: string[]) => runCliCaptured(args, { home: home.dir, env: { REPLICATE_API_TOKEN: undefined } });
  projectId = (JSON.parse((await run(['projects', 'create', 'Kill test', '--resolution', '720p', '--json'])).stdout) as { summary: { id: string } }).summary.id;
  const files = await Promise.all([0, 1, 2, 3].map((i) => makeTestImage({ dir: home.dir, name: `k${i}.png`, width: 64 + 8 * i, height: 96 })));
  expect((await run(['media', 'import', ...files, '--project', projectId])).code).toBe(0);
  // tiktok at mood 80 over 8 s plans four scenes, one per image.
  expect((await run(['plan', '--project', projectId, '--platform', 'tiktok', '--mood', '80', '--duration', '8', '--offline'])).code).toBe(0);
});
afterAll(async () => {
  await fake.close();
  home.cleanup();
});

describe('kill -9 during generation, then adloom jobs resume', () => {
  it('collects every output with zero duplicate create calls', async () => {
    const child = cliChild(['generate', '--project', projectId, '--provider', 'replicate', '--yes', '--json']);
    const done = exited(child);
    const remoteIds = new Map<string, string>();
    let buffer = '';
    const killedAt = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no three submitted jobs within 60 s; stderr so far:\n${buffer}`)), 60_000);
      child.stderr?.on('data', (chunk: Buffer) => {
        buffer += chunk.toString('utf8');
        for (const line of buffer.split('\n').slice(0, -1)) {
          const event = JSON.parse(line) as { event: string; job?: { id: string; remoteId: string | null } };
          if (event.event === 'job.changed' && event.job?.remoteId) remoteIds.set(event.job.id, event.job.remoteId);
        }
        buffer = buffer.slice(buffer.lastIndexOf('\n') + 1);
        if (remoteIds.size >= 3 && child.exitCode === null && !child.killed) {
          clearTimeout(timer);
          child.kill('SIGKILL');
          resolve();
        }
      });
    });
    await killedAt;
    expect((await done).signal).toBe('SIGKILL');

    // The crash left three paid tasks with saved ids, one job never sent, and a stale lock.
    expect(fake.createCalls()).toBe(3);
    expect(fs.existsSync(path.join(home.dir, QUEUE_LOCK_FILE))).toBe(true);
    const mid = openStore({ dataDir: home.dir });
    const jobsAtKill = mid.jobs.listForProject(projectId);
    mid.close();
    expect(jobsAtKill).toHaveLength(4);
    expect(jobsAtKill.filter((j) => j.remoteId !== null).map((j) => [j.id, j.remoteId]).sort()).toEqual([...remoteIds.entries()].sort());
    expect(jobsAtKill.filter((j) => j.remoteId === null).map((j) => j.state)).toEqual(['queued']);
    expect([...fake.predictions.values()].some((p) => Date.now() < p.createdAt + 3100)).toBe(true);

    const resume = cliChild(['jobs', 'resume', '--json']);
    const out = collect(resume.stdout);
    const err = collect(resume.stderr);
    expect((await exited(resume)).code, err()).toBe(0);
    const result = JSON.parse(out()) as { resumed: Array<{ id: string; state: string; remoteId: string }> };
    expect(result.resumed.map((j) => j.state)).toEqual(['succeeded', 'succeeded', 'succeeded', 'succeeded']);
    for (const [jobId, remoteId] of remoteIds) expect(result.resumed.find((j) => j.id === jobId)?.remoteId).toBe(remoteId);

    expect(fake.createCalls()).toBe(4);
    expect(fake.predictions.size).toBe(4);
    expect(new Set(result.resumed.map((j) => j.remoteId)).size).toBe(4);
    const store = openStore({ dataDir: home.dir });
    try {
      const jobs = store.jobs.listForProject(projectId);
      const linked = new Set(store.assets.listForProject(projectId).map((a) => a.id));
      for (const job of jobs) {
        expect(job.outputAssetId).not.toBeNull();
        expect(linked.has(job.outputAssetId ?? '')).toBe(true);
        expect(store.assets.get(job.outputAssetId ?? '')?.provenance?.provider).toBe('replicate');
      }
      expect(loadProject(store, projectId).document.tracks.video.map((v) => v.id)).toEqual(['scene-1', 'scene-2', 'scene-3', 'scene-4']);
      expect(store.ledger.totalsForProject(projectId).committedUsd).toBe(store.ledger.totalsForProject(projectId).actualUsd);
    } finally {
      store.close();
    }
    expect(fs.existsSync(path.join(home.dir, QUEUE_LOCK_FILE))).toBe(false);
  });
});
