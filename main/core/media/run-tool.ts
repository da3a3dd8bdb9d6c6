import { spawn } from 'node:child_process';
import path from 'node:path';
import { AppError } from '../shared/app-error';

export interface RunToolOptions {
  /** Absolute path of ffmpeg/ffprobe. */
  bin: string;
  args: string[];
  signal?: AbortSignal;
  /** Collect stdout (raw PCM, JSON). Off by default so large outputs are never buffered by accident. */
  captureStdout?: boolean;
}

export interface RunToolResult {
  stdout: Buffer;
  stderr: string;
}

// Enough of stderr to explain a failure; ffmpeg can print megabytes on a broken file.
const STDERR_KEEP = 16 * 1024;

/**
 * The last meaningful stderr line, without the "[mjpeg @ 0x55d0c8]" context prefix: ffmpeg
 * puts the reason at the end, and the address means nothing to a person.
 */
/** The reason a failed runTool gave (the last stderr line), for callers that rephrase the error. */
export function failureReason(err: AppError): string {
  const reason = err.details?.reason;
  return typeof reason === 'string' ? reason : err.message;
}

export function lastStderrLine(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.replace(/^\[[^\]]* @ 0x[0-9a-f]+\]\s*/i, '').trim())
    .filter(Boolean);
  return lines[lines.length - 1] ?? '';
}

/**
 * Runs an FFmpeg-family binary with an argument array (never a shell). Rejects with
 * FFMPEG_FAILED (exit code and the last stderr line), CANCELLED when the signal fires, or
 * BINARY_MISSING when the binary cannot be started.
 */
export function runTool({ bin, args, signal, captureStdout = false }: RunToolOptions): Promise<RunToolResult> {
  const tool = path.basename(bin);
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new AppError('CANCELLED', `${tool} was cancelled before it started.`));
      return;
    }
    const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    const out: Buffer[] = [];
    let stderr = '';
    let cancelled = false;
    const onAbort = (): void => {
      cancelled = true;
      child.kill('SIGKILL');
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    child.stdout.on('data', (chunk: Buffer) => {
      if (captureStdout) out.push(chunk);
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-STDERR_KEEP);
    });
    child.on('error', (err: NodeJS.ErrnoException) => {
      signal?.removeEventListener('abort', onAbort);
      const code = err.code === 'ENOENT' || err.code === 'EACCES' ? 'BINARY_MISSING' : 'FFMPEG_FAILED';
      reject(new AppError(code, `${bin} could not be started (${err.message}).`, { bin }, { cause: err }));
    });
    child.on('close', (exitCode, killSignal) => {
      signal?.removeEventListener('abort', onAbort);
      if (cancelled) {
        reject(new AppError('CANCELLED', `${tool} was cancelled.`));
        return;
      }
      if (exitCode !== 0) {
        const reason = lastStderrLine(stderr) || (killSignal ? `killed by ${killSignal}` : `exit code ${String(exitCode)}`);
        reject(new AppError('FFMPEG_FAILED', `${tool} failed: ${reason}`, { exitCode, reason, stderr: stderr.slice(-2000) }));
        return;
      }
      resolve({ stdout: Buffer.concat(out), stderr });
    });
  });
}
