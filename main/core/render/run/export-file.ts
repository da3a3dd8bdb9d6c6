import fs from 'node:fs/promises';
import path from 'node:path';
import { ffprobe, toNumber } from '../../ffmpeg/ffprobe';
import type { ProgressEvent } from '../../ffmpeg/progress-parser';
import { runFfmpeg } from '../../ffmpeg/run-ffmpeg';
import { AppError } from '../../shared/app-error';
import { outputMismatches } from './check-output';
import type { ExpectedOutput } from './check-output';
import { markTempActive, tempPathFor } from './temp-files';

export type { ExpectedOutput } from './check-output';

export interface ExportToFileOptions {
  ffmpegPath: string;
  ffprobePath: string;
  /** The ffmpeg arguments (after runFfmpeg's leading flags), writing to tempOutputPath. */
  buildArgs: (tempOutputPath: string) => string[];
  target: string;
  expected: ExpectedOutput;
  signal?: AbortSignal;
  /** The 100 % / done event comes only once the file is checked and in place. */
  onProgress?: (event: ProgressEvent) => void;
  graceMs?: number;
}

export interface ExportResult {
  path: string;
  sizeBytes: number;
  /** As probed (the container's duration). */
  durationMs: number;
}

function ioError(what: string, file: string, err: unknown): AppError {
  const reason = err instanceof Error ? err.message : String(err);
  return new AppError('IO_ERROR', `${what} ${file} failed (${reason}).`, { file }, { cause: err });
}

async function fsyncFile(file: string): Promise<void> {
  const fh = await fs.open(file, 'r+');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** Makes the rename itself durable; Windows cannot open a directory for this. */
async function fsyncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const fh = await fs.open(dir, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

function explain(err: unknown, target: string, signal: AbortSignal | undefined): unknown {
  // An abort during ffprobe surfaces as ffprobe's own error; the person asked to cancel.
  if (signal?.aborted || (err instanceof AppError && err.code === 'CANCELLED')) {
    return new AppError('CANCELLED', `Export to ${target} was cancelled; nothing was written there.`, { target }, { cause: err });
  }
  if (!(err instanceof AppError)) return err;
  if (err.code === 'FFMPEG_FAILED' && err.details?.target !== target) return new AppError('FFMPEG_FAILED', `Export to ${target} failed: ${err.message}`, { ...err.details, target }, { cause: err });
  return err;
}

/**
 * Encodes into a temp file beside the target, checks it with ffprobe, fsyncs and renames it
 * into place. On any failure or cancel the temp file is removed and the target (new or
 * existing) is left exactly as it was.
 */
export async function exportToFile(options: ExportToFileOptions): Promise<ExportResult> {
  const { ffmpegPath, ffprobePath, buildArgs, expected, signal, onProgress, graceMs } = options;
  const target = path.resolve(options.target);
  const dir = path.dirname(target);
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch (err) {
    throw ioError('Creating the folder', dir, err);
  }
  const temp = tempPathFor(target);
  const release = markTempActive(temp);
  let renamed = false;
  try {
    await runFfmpeg({
      ffmpegPath,
      args: buildArgs(temp),
      totalDurationMs: expected.durationMs,
      ...(signal ? { signal } : {}),
      ...(graceMs !== undefined ? { graceMs } : {}),
      onProgress: (event) => {
        if (!event.done) onProgress?.(event);
      },
    });
    const probe = await ffprobe({ ffprobePath, file: temp, ...(signal ? { signal } : {}) });
    const problems = outputMismatches(probe, expected);
    if (problems.length > 0) {
      throw new AppError('FFMPEG_FAILED', `Export to ${target} failed its check: ${problems.join('; ')}.`, { target, problems });
    }
    if (signal?.aborted) throw new AppError('CANCELLED', 'cancelled after encoding');
    const durationMs = Math.round((toNumber(probe.format?.duration) ?? expected.durationMs / 1000) * 1000);
    const { size } = await fs.stat(temp);
    await fsyncFile(temp).catch((err: unknown) => Promise.reject(ioError('Flushing', temp, err)));
    await fs.rename(temp, target).catch((err: unknown) => Promise.reject(ioError('Renaming the export to', target, err)));
    renamed = true;
    await fsyncDir(dir).catch((err: unknown) => Promise.reject(ioError('Flushing the folder', dir, err)));
    onProgress?.({ percent: 100, outTimeMs: expected.durationMs, speed: null, etaMs: 0, done: true });
    return { path: target, sizeBytes: size, durationMs };
  } catch (err) {
    throw renamed ? err : explain(err, target, signal);
  } finally {
    if (!renamed) await fs.rm(temp, { force: true });
    release();
  }
}
