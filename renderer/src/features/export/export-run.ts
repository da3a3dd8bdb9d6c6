import type { RenderFinishedDto, RenderOutputDto, RenderProgressDto } from '../../../../preload/contract/dto/render-dto';
import type { AppErrorDto } from '../../../../preload/contract/errors';
import type { Aspect, Resolution } from '../../../../preload/contract/project/primitives';

export type ExportStatus = 'idle' | 'starting' | 'running' | 'succeeded' | 'failed' | 'cancelled';
export type VariantStatus = 'waiting' | 'rendering' | 'done' | 'failed' | 'cancelled' | 'skipped';

/** A file the export was asked to make, as the dialog planned it. */
export interface PlannedVariant {
  aspect: Aspect;
  resolution: Resolution;
  width: number;
  height: number;
}

type RenderEvent = { type: 'progress'; payload: RenderProgressDto } | { type: 'finished'; payload: RenderFinishedDto };

/** One export request from the dialog, from the click to its last event. */
export interface ExportRun {
  status: ExportStatus;
  projectId: string | null;
  renderId: string | null;
  variants: PlannedVariant[];
  /** 0..1 of the whole request (all variants); never goes back. */
  fraction: number;
  etaMs: number | null;
  outputs: RenderOutputDto[];
  error: AppErrorDto | null;
  /** Whether render.start itself refused (the form can be fixed and sent again) or the render failed. */
  errorStage: 'start' | 'render' | null;
  cancelling: boolean;
  /** Events that came before render.start answered: a tiny export can finish before its id is known. */
  early: RenderEvent[];
  /** The outcome has been on screen; the top-bar pill stops asking for attention. */
  seen: boolean;
}

export type ExportAction =
  | { type: 'requested'; projectId: string; variants: PlannedVariant[] }
  | { type: 'started'; renderId: string }
  | { type: 'start-failed'; error: AppErrorDto }
  | RenderEvent
  | { type: 'cancel-requested' }
  | { type: 'cancel-failed' }
  | { type: 'seen' }
  | { type: 'reset' };

export const IDLE_RUN: ExportRun = {
  status: 'idle',
  projectId: null,
  renderId: null,
  variants: [],
  fraction: 0,
  etaMs: null,
  outputs: [],
  error: null,
  errorStage: null,
  cancelling: false,
  early: [],
  seen: true,
};

export const isActive = (status: ExportStatus): boolean => status === 'starting' || status === 'running';
export const isFinished = (status: ExportStatus): boolean => status === 'succeeded' || status === 'failed' || status === 'cancelled';

function onRenderEvent(run: ExportRun, event: RenderEvent): ExportRun {
  const p = event.payload;
  if (p.kind !== 'export' || p.projectId !== run.projectId) return run;
  if (run.status === 'starting') return { ...run, early: [...run.early, event] };
  if (run.status !== 'running' || p.renderId !== run.renderId) return run;
  if (event.type === 'progress') {
    // The terminal progress event is followed by render.finished, which sets the outcome.
    return { ...run, fraction: Math.max(run.fraction, event.payload.fraction), etaMs: event.payload.etaMs ?? null };
  }
  const f = event.payload;
  return {
    ...run,
    status: f.state,
    fraction: f.state === 'succeeded' ? 1 : run.fraction,
    etaMs: null,
    outputs: f.outputs,
    error: f.error ?? null,
    errorStage: f.state === 'failed' ? 'render' : null,
    cancelling: false,
  };
}

/** The export's state after one action; events of other renders and previews leave it unchanged. */
export function exportReducer(run: ExportRun, action: ExportAction): ExportRun {
  switch (action.type) {
    case 'requested':
      if (isActive(run.status)) return run;
      return { ...IDLE_RUN, status: 'starting', projectId: action.projectId, variants: action.variants, seen: false };
    case 'started': {
      if (run.status !== 'starting') return run;
      const started: ExportRun = { ...run, status: 'running', renderId: action.renderId, early: [] };
      return run.early.filter((e) => e.payload.renderId === action.renderId).reduce(onRenderEvent, started);
    }
    case 'start-failed':
      if (run.status !== 'starting') return run;
      return { ...run, status: 'failed', error: action.error, errorStage: 'start', early: [] };
    case 'progress':
    case 'finished':
      return onRenderEvent(run, action);
    case 'cancel-requested':
      return run.status === 'running' ? { ...run, cancelling: true } : run;
    case 'cancel-failed':
      return { ...run, cancelling: false };
    case 'seen':
      return run.seen ? run : { ...run, seen: true };
    case 'reset':
      return isActive(run.status) ? run : IDLE_RUN;
  }
}

/**
 * Where each variant stands. Variants are made one after another and weigh the same, so the
 * overall fraction says which one is being written; after a failure or cancel, the files that
 * were reported are done, the next one failed, the rest never started.
 */
export function variantStatuses(run: Pick<ExportRun, 'status' | 'variants' | 'fraction' | 'outputs'>): VariantStatus[] {
  const n = run.variants.length;
  if (run.status === 'succeeded') return run.variants.map(() => 'done');
  if (run.status === 'failed' || run.status === 'cancelled') {
    const made = run.outputs.length;
    return run.variants.map((_, i) => (i < made ? 'done' : i === made ? run.status : 'skipped')) as VariantStatus[];
  }
  if (run.status === 'idle') return run.variants.map(() => 'waiting');
  // Main rounds the fraction to 4 decimals, so 1/3 arrives as 0.3333: allow for it.
  const current = Math.min(n - 1, Math.floor(run.fraction * n + 1e-3));
  return run.variants.map((_, i) => (i < current ? 'done' : i === current ? 'rendering' : 'waiting'));
}

/** 0..1 of one variant, from the fraction of the whole request. */
export function variantFraction(run: Pick<ExportRun, 'status' | 'variants' | 'fraction' | 'outputs'>, index: number): number {
  const status = variantStatuses(run)[index];
  if (status === 'done') return 1;
  if (status !== 'rendering') return 0;
  const n = run.variants.length;
  return Math.min(1, Math.max(0, Math.round((run.fraction * n - index) * 1e4) / 1e4));
}
