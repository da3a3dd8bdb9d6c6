import { spawn } from 'node:child_process';
import path from 'node:path';
import { AppError } from '../shared/app-error';
import { registerFfmpegChild } from './child-registry';
import type { RunningFfmpeg } from './child-registry';
import { createProgressParser } from './progress-parser';
import type { ProgressEvent } from './progress-parser';
import { StderrTail, meaningfulStderrLines } from './stderr-tail';

/**
 * Flags the runner puts in front of every command; callers must not repeat them.
 * -progress pipe:1 is how progress is read (so callers must not write output to pipe:1);
 * -nostats keeps the human status line out of stderr; level+warning tags each stderr line
 * with its level so the error message can pick the real errors; -y because stdin is a pipe
 * (for 'q'), and without -y an existing output would make ffmpeg wait for an answer there.
 */
export const RUNNER_LEADING_ARGS: readonly string[] = ['-hide_banner', '-nostats', '-loglevel', 'level+warning', '-progress', 'pipe:1', '-y'];

const RESERVED_FLAGS = new Set(['-hide_banner', '-nostats', '-stats', '-loglevel', '-v', '-progress', '-y', '-n', '-nostdin']);

export interface RunFfmpegOptions {
  ffmpegPath: string;
  /** Everything after the runner's leading flags: inputs, filters, codecs, output. */
  args: readonly string[];
  /** Length of the output, for percent and ETA. */
  totalDurationMs: number;
  signal?: AbortSignal;
  onProgress?: (event: ProgressEvent) => void;
  /** How long ffmpeg gets to finish after 'q' before it is killed. */
  graceMs?: number;
}

export interface RunFfmpegResult {
  stderrTail: string;
}

function assertNoReservedFlags(args: readonly string[]): void {
  const clash = args.find((a) => RESERVED_FLAGS.has(a));
  if (clash !== undefined) {
    throw new AppError('INTERNAL', `runFfmpeg adds its own leading flags; the caller's arguments must not contain "${clash}".`, { flag: clash });
  }
}

function failure(tool: string, exitCode: number | null, signal: NodeJS.Signals | null, stderr: string): AppError {
  const how = signal ? `was killed by ${signal}` : `exited with code ${String(exitCode)}`;
  const reasons = meaningfulStderrLines(stderr);
  const message = reasons.length > 0 ? `${tool} ${how}: ${reasons.join(' / ')}` : `${tool} ${how} without an error message.`;
  return new AppError('FFMPEG_FAILED', message, { exitCode, signal, reasons, stderrTail: stderr.slice(-4096) });
}

/**
 * Runs ffmpeg (argument array, no shell) with progress on stdout. Resolves after exit code 0
 * with a final 100 % event; rejects with CANCELLED (signal fired, or the app stopped it),
 * FFMPEG_FAILED (non-zero exit or killed; the message carries the last error lines of
 * stderr) or BINARY_MISSING.
 */
export function runFfmpeg(options: RunFfmpegOptions): Promise<RunFfmpegResult> {
  const { ffmpegPath, args, totalDurationMs, signal, onProgress, graceMs = 3000 } = options;
  try {
    assertNoReservedFlags(args);
  } catch (err) {
    return Promise.reject(err);
  }
  const tool = path.basename(ffmpegPath);
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new AppError('CANCELLED', `${tool} was cancelled before it started.`));
      return;
    }
    const child = spawn(ffmpegPath, [...RUNNER_LEADING_ARGS, ...args], { stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
    const entry: RunningFfmpeg = { child, args, startedAt: Date.now(), stoppedByApp: false };
    const unregister = registerFfmpegChild(entry);
    const parser = createProgressParser({ totalDurationMs });
    const stderr = new StderrTail();
    let last: ProgressEvent | null = null;
    let cancelled = false;
    let callbackError: unknown = null;
    let killTimer: NodeJS.Timeout | undefined;

    const kill = (): void => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    };
    const onAbort = (): void => {
      cancelled = true;
      // 'q' lets ffmpeg stop cleanly (and release devices/files); the kill is the backstop.
      if (child.stdin?.writable) child.stdin.write('q\n');
      killTimer = setTimeout(kill, graceMs);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    // Writing 'q' to an ffmpeg that just exited raises EPIPE; the exit itself is handled below.
    child.stdin?.on('error', () => undefined);

    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      for (const event of parser.push(chunk)) {
        last = event;
        // progress=end also follows 'q' and some failures: only the exit code says "done".
        if (event.done || callbackError !== null) continue;
        try {
          onProgress?.(event);
        } catch (err) {
          callbackError = err;
          kill();
        }
      }
    });
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => stderr.push(chunk));

    const settle = (): void => {
      clearTimeout(killTimer);
      signal?.removeEventListener('abort', onAbort);
      unregister();
    };
    child.on('error', (err: NodeJS.ErrnoException) => {
      settle();
      const code = err.code === 'ENOENT' || err.code === 'EACCES' ? 'BINARY_MISSING' : 'FFMPEG_FAILED';
      reject(new AppError(code, `${ffmpegPath} could not be started (${err.message}).`, { ffmpegPath }, { cause: err }));
    });
    child.on('close', (exitCode, killSignal) => {
      settle();
      const tail = stderr.text();
      if (callbackError !== null) reject(callbackError);
      else if (cancelled) reject(new AppError('CANCELLED', `${tool} was cancelled.`));
      else if (entry.stoppedByApp) reject(new AppError('CANCELLED', `${tool} was stopped because the app is closing.`));
      else if (exitCode !== 0) reject(failure(tool, exitCode, killSignal, tail));
      else {
        const lastEvent: ProgressEvent | null = last;
        const final: ProgressEvent = {
          percent: 100,
          outTimeMs: Math.max(lastEvent?.outTimeMs ?? 0, totalDurationMs),
          speed: lastEvent?.speed ?? null,
          etaMs: 0,
          done: true,
        };
        try {
          onProgress?.(final);
        } catch (err) {
          reject(err);
          return;
        }
        resolve({ stderrTail: tail });
      }
    });
  });
}
