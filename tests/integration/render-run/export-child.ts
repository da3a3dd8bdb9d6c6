// Run by stale-temp.test.ts in its own Node process (tsx), which the test then kills with
// SIGKILL mid-export: the situation that leaves a temp file behind for the next start.
import { runningFfmpegChildren } from '../../../main/core/ffmpeg/child-registry';
import { exportToFile } from '../../../main/core/render/run/export-file';
import { testEncodeArgs } from './encode-args';

const [target, ffmpegPath, ffprobePath] = process.argv.slice(2);
if (!target || !ffmpegPath || !ffprobePath) throw new Error('usage: export-child <target> <ffmpeg> <ffprobe>');

const run = exportToFile({
  ffmpegPath,
  ffprobePath,
  target,
  expected: { durationMs: 60_000, fps: 25, width: 320, height: 180, hasAudio: false },
  buildArgs: (temp) => testEncodeArgs({ output: temp, seconds: 60, realtime: true }),
  onProgress: () => {
    const pid = runningFfmpegChildren()[0]?.child.pid;
    if (pid !== undefined) process.stdout.write(`ffmpeg-pid ${pid}\n`);
  },
});
run.catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
