import { formatBytes, formatDuration } from '../../lib/format';
import type { ExportRun } from './export-run';

/**
 * Time left as mm:ss ("01:05"), rounded up so a running export never shows 00:00; minutes keep
 * counting past 59 ("72:00"). Null while there is nothing to estimate from.
 */
export function formatEta(etaMs: number | null | undefined): string | null {
  if (etaMs === null || etaMs === undefined || !Number.isFinite(etaMs) || etaMs < 0) return null;
  const seconds = Math.ceil(etaMs / 1000);
  const mm = String(Math.floor(seconds / 60)).padStart(2, '0');
  const ss = String(seconds % 60).padStart(2, '0');
  return `${mm}:${ss}`;
}

/** 0..1 as a whole percent, rounded down: 100% only once the last frame is written. */
export function percentOf(fraction: number): number {
  return Math.floor(Math.min(1, Math.max(0, fraction)) * 100 + 1e-9);
}

/** "42% · 01:05 left", or "42% · estimating time left" before the first estimate. */
export function progressLine(fraction: number, etaMs: number | null | undefined): string {
  const eta = formatEta(etaMs);
  return `${percentOf(fraction)}% · ${eta === null ? 'estimating time left' : `${eta} left`}`;
}

/** The last segment of a path on any OS ("C:\out\ad.mp4" and "/out/ad.mp4" → "ad.mp4"). */
export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).pop() ?? path;
}

/** One finished file in a line: "1920×1080 · 12.0 s · 3.4 MB". */
export function describeOutput(o: { width?: number; height?: number; durationMs: number; byteSize: number }): string {
  const parts = [formatDuration(o.durationMs), formatBytes(o.byteSize)];
  if (o.width !== undefined && o.height !== undefined) parts.unshift(`${o.width}×${o.height}`);
  return parts.join(' · ');
}

/** The toast and notification text for finished files: "ad-16x9.mp4 (3.4 MB)" or "3 files (9.1 MB)". */
export function outputsSummary(outputs: readonly { path?: string; byteSize: number; aspect: string }[]): string {
  const total = formatBytes(outputs.reduce((sum, o) => sum + o.byteSize, 0));
  if (outputs.length === 1) {
    const only = outputs[0] as (typeof outputs)[number];
    return `${only.path === undefined ? only.aspect : fileNameOf(only.path)} (${total})`;
  }
  return `${outputs.length} files (${total})`;
}

/**
 * What the pill says, or null when there is nothing to show. Its words avoid "Export" so the
 * top bar's Export button stays the only button of that name.
 */
export function pillText(run: Pick<ExportRun, 'status' | 'fraction' | 'etaMs' | 'seen' | 'cancelling'>): string | null {
  if (run.status === 'starting') return 'Rendering: starting';
  if (run.status === 'running') return run.cancelling ? 'Rendering: cancelling' : `Rendering ${progressLine(run.fraction, run.etaMs)}`;
  if (run.seen) return null;
  if (run.status === 'succeeded') return 'Video ready';
  if (run.status === 'failed') return 'Video failed';
  return null;
}
