import { killAllFfmpeg } from '../../core/ffmpeg/child-registry';
import type { ShutdownStep } from './shutdown';

/**
 * What quitting does, in order: stop FFmpeg first (an orphaned encoder keeps burning CPU and
 * holds its output open; its run rejects with CANCELLED), then the shell's own teardown
 * (`extra`: IPC handlers, event forwarding), and the database last, once nothing writes to it.
 */
export function quitSteps({ closeStore, extra }: { closeStore: () => void; extra: readonly ShutdownStep[] }): ShutdownStep[] {
  return [
    {
      name: 'stop FFmpeg',
      run: () => {
        const stopped = killAllFfmpeg();
        if (stopped > 0) console.log(`[quit] stopped ${stopped} running FFmpeg process(es)`);
      },
    },
    ...extra,
    { name: 'close the library database', run: closeStore },
  ];
}
