import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliCaptured, tempHome } from '../../helpers/run-cli';

const home = tempHome();
afterAll(() => home.cleanup());

describe('adloom doctor', () => {
  it('reports ffmpeg, ffprobe, their features and the data directory as JSON', async () => {
    const r = await runCliCaptured(['doctor', '--json'], { home: home.dir });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({
      ok: true,
      ffmpeg: { found: true, version: expect.any(String), capabilities: { libx264: true, drawtext: true, xfade: true, loudnorm: true } },
      ffprobe: { found: true, version: expect.any(String) },
      dataDir: home.dir,
    });
  });

  it('fails with exit 1 and names what it tried when ffmpeg cannot be found', async () => {
    const r = await runCliCaptured(['doctor'], { home: home.dir, env: { ADLOOM_FFMPEG: path.join(home.dir, 'no-ffmpeg') } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`ffmpeg: not found — ADLOOM_FFMPEG is set to "${path.join(home.dir, 'no-ffmpeg')}"`);
    expect(r.stderr).toMatch(/^adloom: FFmpeg or one of its required features is missing/);
  });
});

// The built command, as a person runs it after `npm run build` (npm test builds first).
describe('the built adloom binary', () => {
  const bin = path.resolve('dist/cli/adloom.js');
  it('runs --help and doctor from dist/', async () => {
    expect(fs.existsSync(bin), `${bin} is missing: run "npm run build" first`).toBe(true);
    const run = promisify(execFile);
    const help = await run(process.execPath, [bin, '--help']);
    expect(help.stdout).toContain('Usage: adloom');
    const doctor = await run(process.execPath, [bin, 'doctor', '--json'], { env: { ...process.env, ADLOOM_HOME: home.dir } });
    expect(JSON.parse(doctor.stdout)).toMatchObject({ ok: true });
  });
});
