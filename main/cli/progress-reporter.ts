import type { ProgressEvent } from '../core/ffmpeg/progress-parser';
import type { CliIo } from './cli-io';

export interface ProgressReporter {
  onProgress(event: ProgressEvent): void;
  /** Ends the bar line (TTY) so the next output starts on a fresh line. */
  finish(): void;
}

export function formatEta(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return '--:--';
  const s = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export function progressBar(percent: number, width = 30): string {
  const filled = Math.round((Math.min(100, Math.max(0, percent)) / 100) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
}

/**
 * Progress on stderr, so stdout stays the result: with --json one JSON object per line; on a
 * terminal a redrawn bar with percent and ETA; otherwise a plain line every 10 %.
 */
export function createProgressReporter(io: CliIo, opts: { json: boolean; label: string }): ProgressReporter {
  let lastStep = -1;
  let drew = false;
  return {
    onProgress(e) {
      if (opts.json) {
        io.stderr.write(`${JSON.stringify({ event: 'progress', task: opts.label, percent: e.percent, etaMs: e.etaMs, speed: e.speed, outTimeMs: e.outTimeMs, done: e.done })}\n`);
      } else if (io.isTty) {
        io.stderr.write(`\r${opts.label} ${progressBar(e.percent)} ${e.percent.toFixed(1).padStart(5)}%  ETA ${formatEta(e.etaMs)} `);
        drew = true;
      } else {
        const step = Math.floor(e.percent / 10);
        if (step > lastStep) {
          lastStep = step;
          io.stderr.write(`${opts.label}: ${Math.floor(e.percent)}% (ETA ${formatEta(e.etaMs)})\n`);
        }
      }
    },
    finish() {
      if (drew) io.stderr.write('\n');
      drew = false;
    },
  };
}
