import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cleanStaleTempFiles, tempPathFor } from '../../../main/core/render/run/temp-files';
import { binaries, isAlive, listDir, tempDir, waitFor } from './env';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');

describe('cleanStaleTempFiles', () => {
  it('removes old Adloom temp files only', async () => {
    const dir = await tempDir();
    const old = tempPathFor(path.join(dir, 'a.mp4'));
    const fresh = tempPathFor(path.join(dir, 'b.mp4'));
    for (const f of [old, fresh, path.join(dir, 'a.mp4'), path.join(dir, '.hidden-note.txt')]) await fs.writeFile(f, 'x');
    const hourAgo = new Date(Date.now() - 3600_000);
    await fs.utimes(old, hourAgo, hourAgo);

    expect(await cleanStaleTempFiles(dir)).toEqual([old]);
    expect(await listDir(dir)).toEqual(['.hidden-note.txt', path.basename(fresh), 'a.mp4'].sort());
    expect(await cleanStaleTempFiles(dir, { minAgeMs: 0 })).toEqual([fresh]);
    expect(await listDir(dir)).toEqual(['.hidden-note.txt', 'a.mp4']);
    expect(await cleanStaleTempFiles(path.join(dir, 'no-such-dir'))).toEqual([]);
  });

  it('cleans what an export killed with SIGKILL left behind, and the target never appeared', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'ad.mp4');
    const { ffmpegPath, ffprobePath } = binaries();
    // One plain Node process (tsx as a loader, not its wrapper CLI, which would fork a second one).
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'export-child.ts'), target, ffmpegPath, ffprobePath], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let ffmpegPid: number | undefined;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const m = /ffmpeg-pid (\d+)/.exec(chunk);
      if (m) ffmpegPid = Number(m[1]);
    });
    try {
      await waitFor(() => ffmpegPid !== undefined, 60_000);
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      // ffmpeg ignores SIGPIPE and does not stop on stdin EOF, so the orphan would run to the
      // end of its input; stop it by its pid (this test started it) before looking at the folder.
      if (ffmpegPid !== undefined && isAlive(ffmpegPid)) process.kill(ffmpegPid, 'SIGKILL');
      await waitFor(() => ffmpegPid === undefined || !isAlive(ffmpegPid), 10_000);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      if (ffmpegPid !== undefined && isAlive(ffmpegPid)) process.kill(ffmpegPid, 'SIGKILL');
    }
    const left = await listDir(dir);
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(/^\.ad\.mp4\.adloom-tmp-[0-9a-f]+\.mp4$/);

    expect(await cleanStaleTempFiles(dir, { minAgeMs: 0 })).toEqual([path.join(dir, left[0] ?? '')]);
    expect(await listDir(dir)).toEqual([]);
  });
});
