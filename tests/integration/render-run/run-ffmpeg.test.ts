import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { killAllFfmpeg, runningFfmpegChildren } from '../../../main/core/ffmpeg/child-registry';
import type { ProgressEvent } from '../../../main/core/ffmpeg/progress-parser';
import { runFfmpeg } from '../../../main/core/ffmpeg/run-ffmpeg';
import { AppError } from '../../../main/core/shared/app-error';
import { binaries, exists, isAlive, makeFifo, tempDir, testEncodeArgs, waitFor } from './env';

const { ffmpegPath } = binaries();

async function rejection(p: Promise<unknown>): Promise<AppError> {
  const err: unknown = await p.then(
    () => new Error('expected a rejection'),
    (e: unknown) => e,
  );
  if (!(err instanceof AppError)) throw err;
  return err;
}

describe('runFfmpeg', () => {
  it('reports monotonic progress that ends with one 100 % done event', async () => {
    const dir = await tempDir();
    const output = path.join(dir, 'out.mp4');
    const events: ProgressEvent[] = [];
    // -re keeps the encode at real speed so several progress blocks arrive.
    const result = await runFfmpeg({ ffmpegPath, args: testEncodeArgs({ output, seconds: 1.5, withAudio: true, realtime: true }), totalDurationMs: 1500, onProgress: (e) => events.push(e) });

    expect(await exists(output)).toBe(true);
    expect(typeof result.stderrTail).toBe('string');
    expect(events.length).toBeGreaterThanOrEqual(4);
    const percents = events.map((e) => e.percent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(events.filter((e) => e.done)).toHaveLength(1);
    expect(events.at(-1)).toMatchObject({ percent: 100, done: true, etaMs: 0 });
    expect(events.slice(0, -1).some((e) => e.percent > 0 && e.percent < 100)).toBe(true);
    expect(runningFfmpegChildren()).toHaveLength(0);
  });

  it('rejects with FFMPEG_FAILED carrying the exit code and the stderr reason', async () => {
    const dir = await tempDir();
    const err = await rejection(
      runFfmpeg({ ffmpegPath, args: ['-f', 'lavfi', '-i', 'testsrc2=duration=1', '-vf', 'nosuchfilter', path.join(dir, 'x.mp4')], totalDurationMs: 1000 }),
    );
    expect(err.code).toBe('FFMPEG_FAILED');
    expect(err.message).toMatch(/^ffmpeg exited with code \d+: No such filter: 'nosuchfilter'/);
    expect(err.details).toMatchObject({ signal: null, reasons: expect.arrayContaining(["No such filter: 'nosuchfilter'"]) as unknown });
  });

  it('names the input ffmpeg could not open', async () => {
    const dir = await tempDir();
    const missing = path.join(dir, 'missing.png');
    const err = await rejection(runFfmpeg({ ffmpegPath, args: ['-i', missing, path.join(dir, 'x.mp4')], totalDurationMs: 1000 }));
    expect(err.code).toBe('FFMPEG_FAILED');
    expect(err.message).toContain(`${missing}: No such file or directory`);
  });

  it('cancels with q when the signal fires, and rejects with CANCELLED', async () => {
    const dir = await tempDir();
    const controller = new AbortController();
    const started = Date.now();
    const run = runFfmpeg({
      ffmpegPath,
      args: testEncodeArgs({ output: path.join(dir, 'long.mp4'), seconds: 60, realtime: true }),
      totalDurationMs: 60_000,
      signal: controller.signal,
      graceMs: 10_000,
      onProgress: (e) => {
        if (e.outTimeMs > 200) controller.abort();
      },
    });
    const err = await rejection(run);
    expect(err.code).toBe('CANCELLED');
    // 'q' stopped it well before the 10 s kill backstop.
    expect(Date.now() - started).toBeLessThan(8000);
    expect(runningFfmpegChildren()).toHaveLength(0);
  });

  it('kills ffmpeg after graceMs when it cannot act on q (blocked opening a FIFO)', async () => {
    const dir = await tempDir();
    const fifo = path.join(dir, 'never-written.fifo');
    await makeFifo(fifo);
    const controller = new AbortController();
    const run = runFfmpeg({ ffmpegPath, args: ['-f', 'rawvideo', '-s', '16x16', '-i', fifo, path.join(dir, 'x.mp4')], totalDurationMs: 1000, signal: controller.signal, graceMs: 300 });
    await waitFor(() => runningFfmpegChildren().length === 1);
    const pid = runningFfmpegChildren()[0]?.child.pid ?? -1;
    await new Promise((r) => setTimeout(r, 300));
    const abortedAt = Date.now();
    controller.abort();
    const err = await rejection(run);
    expect(err.code).toBe('CANCELLED');
    expect(Date.now() - abortedAt).toBeGreaterThanOrEqual(250);
    expect(isAlive(pid)).toBe(false);
  });

  it('rejects with FFMPEG_FAILED when ffmpeg is killed from outside', async () => {
    const dir = await tempDir();
    const run = runFfmpeg({ ffmpegPath, args: testEncodeArgs({ output: path.join(dir, 'k.mp4'), seconds: 60, realtime: true }), totalDurationMs: 60_000 });
    await waitFor(() => runningFfmpegChildren().length === 1);
    const pid = runningFfmpegChildren()[0]?.child.pid;
    if (pid === undefined) throw new Error('no pid');
    process.kill(pid, 'SIGKILL');
    const err = await rejection(run);
    expect(err.code).toBe('FFMPEG_FAILED');
    expect(err.message).toMatch(/^ffmpeg was killed by SIGKILL/);
  });

  it('killAllFfmpeg stops every running ffmpeg and their runs reject with CANCELLED', async () => {
    const dir = await tempDir();
    const runs = [1, 2].map((i) => runFfmpeg({ ffmpegPath, args: testEncodeArgs({ output: path.join(dir, `${i}.mp4`), seconds: 60, realtime: true }), totalDurationMs: 60_000 }));
    await waitFor(() => runningFfmpegChildren().length === 2);
    expect(killAllFfmpeg()).toBe(2);
    const errors = await Promise.all(runs.map(rejection));
    expect(errors.map((e) => [e.code, e.message])).toEqual([
      ['CANCELLED', 'ffmpeg was stopped because the app is closing.'],
      ['CANCELLED', 'ffmpeg was stopped because the app is closing.'],
    ]);
    expect(runningFfmpegChildren()).toHaveLength(0);
  });

  it('refuses arguments that repeat its own leading flags, and a signal that already fired', async () => {
    const clash = await rejection(runFfmpeg({ ffmpegPath, args: ['-y', '-i', 'a.png', 'b.mp4'], totalDurationMs: 1 }));
    expect([clash.code, clash.message]).toEqual(['INTERNAL', 'runFfmpeg adds its own leading flags; the caller\'s arguments must not contain "-y".']);
    const err = await rejection(runFfmpeg({ ffmpegPath, args: ['-i', 'a.png', 'b.mp4'], totalDurationMs: 1, signal: AbortSignal.abort() }));
    expect(err.code).toBe('CANCELLED');
  });

  it('reports a missing binary as BINARY_MISSING', async () => {
    const err = await rejection(runFfmpeg({ ffmpegPath: '/nonexistent/ffmpeg', args: ['-version'], totalDurationMs: 1 }));
    expect(err.code).toBe('BINARY_MISSING');
    expect(err.message).toContain('/nonexistent/ffmpeg could not be started');
  });

  it('rejects with the error a progress callback throws, and stops ffmpeg', async () => {
    const dir = await tempDir();
    const err: unknown = await runFfmpeg({
      ffmpegPath,
      args: testEncodeArgs({ output: path.join(dir, 'cb.mp4'), seconds: 60, realtime: true }),
      totalDurationMs: 60_000,
      onProgress: () => {
        throw new Error('listener broke');
      },
    }).catch((e: unknown) => e);
    expect((err as Error).message).toBe('listener broke');
    expect(runningFfmpegChildren()).toHaveLength(0);
  });
});
