import { describe, expect, it } from 'vitest';
import type { RenderFinishedDto, RenderProgressDto } from '../../../../preload/contract/dto/render-dto';
import { nextRenderState, type RenderAction, type RenderPreviewState } from './render-preview-state';

const progress = (renderId: string, fraction: number, etaMs: number | null = null): RenderAction => ({
  type: 'progress',
  payload: { renderId, projectId: 'p1', kind: 'preview', state: 'running', fraction, etaMs } satisfies RenderProgressDto,
});
const finished = (renderId: string, state: RenderFinishedDto['state'], extra: Partial<RenderFinishedDto> = {}): RenderAction => ({
  type: 'finished',
  payload: { renderId, projectId: 'p1', kind: 'preview', state, outputs: [], ...extra },
});
const output = { id: 'f'.repeat(32), aspect: '9:16' as const, width: 360, height: 640, durationMs: 3000, byteSize: 1000, warnings: ['font "X" is not bundled'] };
const run = (actions: RenderAction[], from: RenderPreviewState = { status: 'idle' }): RenderPreviewState => actions.reduce(nextRenderState, from);

describe('nextRenderState', () => {
  it('follows its own render from start to a finished file', () => {
    expect(run([{ type: 'start' }, { type: 'started', renderId: 'r1' }, progress('r1', 0.4, 3000)])).toEqual({ status: 'running', renderId: 'r1', fraction: 0.4, etaMs: 3000 });
    expect(run([{ type: 'start' }, { type: 'started', renderId: 'r1' }, finished('r1', 'succeeded', { outputs: [output] })])).toEqual({
      status: 'done',
      renderId: 'r1',
      previewId: output.id,
      warnings: output.warnings,
    });
  });

  it('ignores other renders and exports', () => {
    const exportEvent: RenderAction = { type: 'progress', payload: { renderId: 'r1', projectId: 'p1', kind: 'export', state: 'running', fraction: 0.9 } };
    expect(run([{ type: 'start' }, { type: 'started', renderId: 'r1' }, progress('r2', 0.5), exportEvent])).toEqual({ status: 'running', renderId: 'r1', fraction: 0, etaMs: null });
  });

  it('keeps events that arrive before the id is known', () => {
    expect(run([{ type: 'start' }, progress('r1', 0.2), progress('r2', 0.7), { type: 'started', renderId: 'r1' }])).toMatchObject({ status: 'running', fraction: 0.2 });
  });

  it('never moves progress backwards', () => {
    expect(run([{ type: 'start' }, { type: 'started', renderId: 'r1' }, progress('r1', 0.6), progress('r1', 0.5)])).toMatchObject({ fraction: 0.6 });
  });

  it('reports a failure with main’s message and returns to idle on cancel', () => {
    const error = { code: 'FFMPEG_FAILED', message: 'FFmpeg failed on clip "c1"' } as const;
    expect(run([{ type: 'start' }, { type: 'started', renderId: 'r1' }, finished('r1', 'failed', { error })])).toEqual({ status: 'failed', message: error.message });
    expect(run([{ type: 'start' }, { type: 'started', renderId: 'r1' }, finished('r1', 'cancelled')])).toEqual({ status: 'idle' });
    expect(run([{ type: 'start' }, { type: 'start-failed', message: 'empty' }])).toEqual({ status: 'failed', message: 'empty' });
  });

  it('does not start twice and closes only a finished one', () => {
    const running = run([{ type: 'start' }, { type: 'started', renderId: 'r1' }]);
    expect(nextRenderState(running, { type: 'start' })).toBe(running);
    expect(nextRenderState(running, { type: 'close' })).toBe(running);
    expect(nextRenderState({ status: 'failed', message: 'x' }, { type: 'close' })).toEqual({ status: 'idle' });
  });
});
