import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { quitSteps } from '../../../main/app/lifecycle/quit-steps';
import { createShutdown } from '../../../main/app/lifecycle/shutdown';
import { resolveFfmpegBinaries } from '../../../main/core/ffmpeg/binaries';
import { runningFfmpegChildren } from '../../../main/core/ffmpeg/child-registry';
import { runFfmpeg } from '../../../main/core/ffmpeg/run-ffmpeg';
import { openStore } from '../../../main/core/storage/store';

describe('quitting the desktop app', () => {
  it('stops a running FFmpeg and closes the store', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'adloom-quit-'));
    const store = openStore({ dataDir });
    const { ffmpeg } = resolveFfmpegBinaries();
    // An endless tiny encode: it only ends when something stops it.
    const run = runFfmpeg({ ffmpegPath: ffmpeg.path, args: ['-f', 'lavfi', '-i', 'testsrc=size=32x32:rate=5', '-f', 'null', '-'], totalDurationMs: 60_000 });
    const outcome = run.then(
      () => 'finished',
      (err: { code?: string }) => err.code ?? 'unknown error',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(runningFfmpegChildren()).toHaveLength(1);

    const reported: string[] = [];
    createShutdown({ steps: quitSteps({ closeStore: () => store.close(), extra: [] }), report: (step) => reported.push(step) })();

    expect(await outcome).toBe('CANCELLED');
    expect(runningFfmpegChildren()).toHaveLength(0);
    expect(store.db.open).toBe(false);
    expect(reported).toEqual([]);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});
