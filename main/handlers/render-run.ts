import fs from 'node:fs/promises';
import type { RenderOutputDto } from '../../preload/contract/dto/render-dto';
import type { AppErrorDto } from '../../preload/contract/errors';
import type { ProjectDocument } from '../../preload/contract/project';
import type { FfmpegBinaries } from '../core/ffmpeg/binaries';
import { exportDocument } from '../core/render/export-document';
import type { RenderProjectResult } from '../core/render/render-project';
import { AppError } from '../core/shared/app-error';
import type { HandlerContext } from './handler-context';
import { cutPreviewRange, type PreviewRange } from './preview-range';
import { overallProgress } from './render-progress';
import type { RenderKind } from './render-service';
import type { RenderTarget } from './render-targets';

export interface RenderRun {
  ctx: HandlerContext;
  renderId: string;
  signal: AbortSignal;
  kind: RenderKind;
  projectId: string;
  /** The document as it was when the render was asked for; later edits do not change it. */
  document: ProjectDocument;
  targets: readonly RenderTarget[];
  tools: { binaries: FfmpegBinaries; fontsDir: string };
  /** Previews: the id the finished file is played by, and the time range to keep. */
  preview?: { previewId: string; range: PreviewRange | null };
}

function errorDto(run: RenderRun, err: unknown): AppErrorDto {
  if (err instanceof AppError) return err.toDto();
  run.ctx.log({ level: 'error', message: `render ${run.renderId} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`, fields: { renderId: run.renderId } });
  return { code: 'INTERNAL', message: `The ${run.kind} of project ${run.projectId} failed unexpectedly. The details were written to the log; please report it.` };
}

async function renderTarget(run: RenderRun, index: number, onPercent: (percent: number, etaMs: number | null) => void): Promise<RenderOutputDto> {
  const { ctx, document, tools, preview } = run;
  const target = run.targets[index] as RenderTarget;
  const range = preview?.range ?? null;
  const rendered: RenderProjectResult = await exportDocument({
    document,
    baseDir: ctx.dataDir,
    library: { dataDir: ctx.dataDir, assets: ctx.store.assets },
    binaries: tools.binaries,
    fontsDir: tools.fontsDir,
    // A range is cut from a full proxy render: the engine renders whole timelines only.
    target: range === null ? target.target : `${target.target.slice(0, -'.mp4'.length)}-full.mp4`,
    preset: target.preset,
    signal: run.signal,
    onProgress: (e) => onPercent(e.percent, e.etaMs),
  });
  const made = range === null ? rendered : await cutPreviewRange({ full: rendered, target: target.target, range, fps: document.settings.fps, binaries: tools.binaries, signal: run.signal });
  const byteSize = (await fs.stat(made.path)).size;
  const base = { aspect: target.aspect, width: made.width, height: made.height, durationMs: made.durationMs, byteSize, warnings: rendered.warnings };
  if (preview !== undefined) return { id: preview.previewId, ...base };
  const record = ctx.store.exports.record({ projectId: run.projectId, path: made.path, preset: target.presetLabel, aspect: target.aspect, durationMs: made.durationMs, byteSize });
  return { id: record.id, path: made.path, ...base };
}

/**
 * Renders every target in turn, reporting one progress stream for the whole request (never
 * going back), then render.finished with the files made. Errors are reported, not thrown:
 * nobody awaits a background render.
 */
export async function runRender(run: RenderRun): Promise<void> {
  const { ctx, renderId, kind, projectId } = run;
  const startedAt = Date.now();
  let fraction = 0;
  const report = (index: number, percent: number, etaMs: number | null): void => {
    const overall = overallProgress({ index, count: run.targets.length, percent, etaMs, elapsedMs: Date.now() - startedAt });
    if (overall.fraction < fraction) return;
    fraction = overall.fraction;
    try {
      ctx.events.emit('render.progress', { renderId, projectId, kind, state: 'running', fraction, etaMs: overall.etaMs });
    } catch (err) {
      // Called from FFmpeg's output stream, where a throw would escape every handler.
      ctx.log({ level: 'error', message: `render ${renderId}: a progress event was refused: ${err instanceof Error ? err.message : String(err)}`, fields: { renderId } });
    }
  };
  const outputs: RenderOutputDto[] = [];
  let error: AppErrorDto | undefined;
  try {
    report(0, 0, null);
    for (let index = 0; index < run.targets.length; index += 1) {
      outputs.push(await renderTarget(run, index, (percent, etaMs) => report(index, percent, etaMs)));
    }
  } catch (err) {
    error = errorDto(run, run.signal.aborted && !(err instanceof AppError && err.code === 'CANCELLED') ? new AppError('CANCELLED', `The ${kind} was cancelled.`, { renderId }) : err);
  }
  const state = error === undefined ? 'succeeded' : error.code === 'CANCELLED' ? 'cancelled' : 'failed';
  const last = state === 'succeeded' ? { fraction: 1, etaMs: 0 } : { fraction, etaMs: null, error };
  ctx.events.emit('render.progress', { renderId, projectId, kind, state, ...last });
  ctx.events.emit('render.finished', { renderId, projectId, kind, state, outputs, ...(error !== undefined && { error }) });
}
