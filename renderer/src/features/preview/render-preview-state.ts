import type { RenderFinishedDto, RenderProgressDto } from '../../../../preload/contract/dto/render-dto';

/** The "Render preview" button's life: asked, running with progress, done with a file, or failed. */
export type RenderPreviewState =
  | { status: 'idle' }
  /** Waiting for render.preview to answer; events that arrive meanwhile are kept for when the id is known. */
  | { status: 'starting'; early: RenderEvent[] }
  | { status: 'running'; renderId: string; fraction: number; etaMs: number | null }
  | { status: 'done'; renderId: string; previewId: string; warnings: string[] }
  | { status: 'failed'; message: string };

export type RenderEvent = { type: 'progress'; payload: RenderProgressDto } | { type: 'finished'; payload: RenderFinishedDto };

export type RenderAction = { type: 'start' } | { type: 'started'; renderId: string } | { type: 'start-failed'; message: string } | { type: 'close' } | RenderEvent;

function onEvent(state: Extract<RenderPreviewState, { status: 'running' }>, event: RenderEvent): RenderPreviewState {
  if (event.payload.renderId !== state.renderId) return state;
  if (event.type === 'progress') {
    if (event.payload.state !== 'running') return state;
    // Progress never runs backwards, even if events arrive out of order.
    return { ...state, fraction: Math.max(state.fraction, event.payload.fraction), etaMs: event.payload.etaMs ?? null };
  }
  const { payload } = event;
  if (payload.state === 'cancelled') return { status: 'idle' };
  const output = payload.outputs[0];
  if (payload.state === 'succeeded' && output) return { status: 'done', renderId: state.renderId, previewId: output.id, warnings: output.warnings };
  return { status: 'failed', message: payload.error?.message ?? 'the preview render made no file' };
}

/** Pure transitions; events of other renders (exports, other previews) are ignored. */
export function nextRenderState(state: RenderPreviewState, action: RenderAction): RenderPreviewState {
  switch (action.type) {
    case 'start':
      return state.status === 'starting' || state.status === 'running' ? state : { status: 'starting', early: [] };
    case 'started': {
      if (state.status !== 'starting') return state;
      const running: RenderPreviewState = { status: 'running', renderId: action.renderId, fraction: 0, etaMs: null };
      return state.early.reduce<RenderPreviewState>((s, event) => (s.status === 'running' ? onEvent(s, event) : s), running);
    }
    case 'start-failed':
      return state.status === 'starting' ? { status: 'failed', message: action.message } : state;
    case 'close':
      return state.status === 'done' || state.status === 'failed' ? { status: 'idle' } : state;
    case 'progress':
    case 'finished':
      if (action.payload.kind !== 'preview') return state;
      if (state.status === 'starting') return { ...state, early: [...state.early, action] };
      return state.status === 'running' ? onEvent(state, action) : state;
  }
}
