import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runningFfmpegChildren } from '../../../main/core/ffmpeg/child-registry';
import type { ProgressEvent } from '../../../main/core/ffmpeg/progress-parser';
import { exportToFile } from '../../../main/core/render/run/export-file';
import { AppError } from '../../../main/core/shared/app-error';
import { binaries, listDir, tempDir, testEncodeArgs, waitFor } from './env';

const bins = binaries();
const expected2s = { durationMs: 2000, fps: 25, width: 320, height: 180, hasAudio: true };

async function rejection(p: Promise<unknown>): Promise<AppError> {
  const err: unknown = await p.then(
    () => new Error('expected a rejection'),
    (e: unknown) => e,
  );
  if (!(err instanceof AppError)) throw err;
  return err;
}

/** A target that already holds an older export, to prove failures never touch it. */
async function existingTarget(dir: string): Promise<{ target: string; before: Buffer }> {
  const target = path.join(dir, 'ad.mp4');
  const before = Buffer.from('previous export, must survive');
  await fs.writeFile(target, before);
  return { target, before };
}

describe('exportToFile', () => {
  it('writes a checked file at the target, leaves no temp file, and reports done last', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'nested', 'ad.mp4');
    const events: ProgressEvent[] = [];
    const seenTemps: string[] = [];
    const result = await exportToFile({
      ...bins,
      target,
      expected: expected2s,
      buildArgs: (temp) => {
        seenTemps.push(temp);
        return testEncodeArgs({ output: temp, seconds: 2, withAudio: true });
      },
      onProgress: (e) => events.push(e),
    });
    expect(result.path).toBe(target);
    expect(result.sizeBytes).toBe((await fs.stat(target)).size);
    expect(Math.abs(result.durationMs - 2000)).toBeLessThan(50);
    expect(path.dirname(seenTemps[0] ?? '')).toBe(path.dirname(target));
    expect(path.basename(seenTemps[0] ?? '')).toMatch(/^\.ad\.mp4\.adloom-tmp-[0-9a-f]+\.mp4$/);
    expect(await listDir(path.dirname(target))).toEqual(['ad.mp4']);
    expect(events.at(-1)).toEqual({ percent: 100, outTimeMs: 2000, speed: null, etaMs: 0, done: true });
    expect(events.filter((e) => e.done)).toHaveLength(1);
  });

  it('replaces an existing file at the target on success', async () => {
    const dir = await tempDir();
    const { target } = await existingTarget(dir);
    await exportToFile({ ...bins, target, expected: expected2s, buildArgs: (temp) => testEncodeArgs({ output: temp, seconds: 2, withAudio: true }) });
    expect((await fs.stat(target)).size).toBeGreaterThan(1000);
    expect(await listDir(dir)).toEqual(['ad.mp4']);
  });

  it('on cancel mid-encode: CANCELLED, temp removed, the existing target unchanged', async () => {
    const dir = await tempDir();
    const { target, before } = await existingTarget(dir);
    const controller = new AbortController();
    const err = await rejection(
      exportToFile({
        ...bins,
        target,
        expected: { ...expected2s, durationMs: 60_000 },
        buildArgs: (temp) => testEncodeArgs({ output: temp, seconds: 60, withAudio: true, realtime: true }),
        signal: controller.signal,
        onProgress: (e) => {
          if (e.outTimeMs > 300) controller.abort();
        },
      }),
    );
    expect(err.code).toBe('CANCELLED');
    expect(err.message).toBe(`Export to ${target} was cancelled; nothing was written there.`);
    expect(await fs.readFile(target)).toEqual(before);
    expect(await listDir(dir)).toEqual(['ad.mp4']);
  });

  it('on cancel of a new export: nothing appears at the target', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'new.mp4');
    const controller = new AbortController();
    const run = exportToFile({
      ...bins,
      target,
      expected: { ...expected2s, durationMs: 60_000 },
      buildArgs: (temp) => testEncodeArgs({ output: temp, seconds: 60, realtime: true }),
      signal: controller.signal,
    });
    await waitFor(async () => (await listDir(dir)).length === 1);
    controller.abort();
    expect((await rejection(run)).code).toBe('CANCELLED');
    expect(await listDir(dir)).toEqual([]);
  });

  it('when ffmpeg is killed from outside: FFMPEG_FAILED naming the target, nothing at the target', async () => {
    const dir = await tempDir();
    const { target, before } = await existingTarget(dir);
    const run = exportToFile({
      ...bins,
      target,
      expected: { ...expected2s, durationMs: 60_000 },
      buildArgs: (temp) => testEncodeArgs({ output: temp, seconds: 60, withAudio: true, realtime: true }),
    });
    await waitFor(async () => runningFfmpegChildren().length === 1 && (await listDir(dir)).length === 2);
    const pid = runningFfmpegChildren()[0]?.child.pid;
    if (pid === undefined) throw new Error('no pid');
    process.kill(pid, 'SIGKILL');
    const err = await rejection(run);
    expect(err.code).toBe('FFMPEG_FAILED');
    expect(err.message).toBe(`Export to ${target} failed: ffmpeg was killed by SIGKILL without an error message.`);
    expect(await fs.readFile(target)).toEqual(before);
    expect(await listDir(dir)).toEqual(['ad.mp4']);
  });

  it('when ffmpeg fails: FFMPEG_FAILED with the reason, temp removed', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'bad.mp4');
    const err = await rejection(
      exportToFile({ ...bins, target, expected: expected2s, buildArgs: (temp) => ['-f', 'lavfi', '-i', 'testsrc2=d=1', '-vf', 'nosuchfilter', temp] }),
    );
    expect(err.code).toBe('FFMPEG_FAILED');
    expect(err.message).toContain(`Export to ${target} failed: ffmpeg exited with code`);
    expect(err.message).toContain("No such filter: 'nosuchfilter'");
    expect(await listDir(dir)).toEqual([]);
  });

  it('catches an output that does not match what was expected (duration, size, audio)', async () => {
    const dir = await tempDir();
    const { target, before } = await existingTarget(dir);
    const err = await rejection(
      exportToFile({
        ...bins,
        target,
        expected: { ...expected2s, durationMs: 2500 },
        buildArgs: (temp) => testEncodeArgs({ output: temp, seconds: 2, withAudio: true }),
      }),
    );
    expect(err.code).toBe('FFMPEG_FAILED');
    expect(err.message).toMatch(new RegExp(`^Export to ${target.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} failed its check: video lasts 2\\.000 s, expected 2\\.500 s \\(within one frame\\)`));
    expect(await fs.readFile(target)).toEqual(before);
    expect(await listDir(dir)).toEqual(['ad.mp4']);

    const wrongShape = await rejection(
      exportToFile({
        ...bins,
        target,
        expected: { ...expected2s, width: 640, height: 360, hasAudio: true },
        buildArgs: (temp) => testEncodeArgs({ output: temp, seconds: 2 }),
      }),
    );
    expect(wrongShape.details?.problems).toEqual(['video is 320x180, expected 640x360', 'it has no audio stream, expected one']);
    expect(await listDir(dir)).toEqual(['ad.mp4']);
  });
});
