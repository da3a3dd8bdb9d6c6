import { describe, expect, it } from 'vitest';
import type { RenderFinishedDto, RenderOutputDto, RenderProgressDto } from '../../../../preload/contract/dto/render-dto';
import { exportReducer, IDLE_RUN, variantFraction, variantStatuses, type ExportAction, type ExportRun, type PlannedVariant } from './export-run';

const V169: PlannedVariant = { aspect: '16:9', resolution: '1080p', width: 1920, height: 1080 };
const V916: PlannedVariant = { aspect: '9:16', resolution: '1080p', width: 1080, height: 1920 };
const V11: PlannedVariant = { aspect: '1:1', resolution: '1080p', width: 1080, height: 1080 };

const progress = (fraction: number, etaMs: number | null, over: Partial<RenderProgressDto> = {}): ExportAction => ({
  type: 'progress',
  payload: { renderId: 'r1', projectId: 'p1', kind: 'export', state: 'running', fraction, etaMs, ...over },
});
const output = (id: string, aspect: RenderOutputDto['aspect']): RenderOutputDto => ({ id, aspect, width: 2, height: 2, durationMs: 1000, byteSize: 100, path: `/d/${id}.mp4`, warnings: [] });
const finished = (over: Partial<RenderFinishedDto>): ExportAction => ({ type: 'finished', payload: { renderId: 'r1', projectId: 'p1', kind: 'export', state: 'succeeded', outputs: [], ...over } });
const run = (...actions: ExportAction[]): ExportRun => actions.reduce(exportReducer, IDLE_RUN);
const requested: ExportAction = { type: 'requested', projectId: 'p1', variants: [V169, V916] };
const started: ExportAction = { type: 'started', renderId: 'r1' };

describe('exportReducer', () => {
  it('follows one render from the click to its files', () => {
    expect(run(requested)).toMatchObject({ status: 'starting', projectId: 'p1', renderId: null, variants: [V169, V916], seen: false });
    expect(run(requested, started, progress(0.25, 9000))).toMatchObject({ status: 'running', renderId: 'r1', fraction: 0.25, etaMs: 9000 });
    const done = run(requested, started, progress(0.25, 9000), progress(1, 0, { state: 'succeeded' }), finished({ outputs: [output('e1', '16:9'), output('e2', '9:16')] }));
    expect(done).toMatchObject({ status: 'succeeded', fraction: 1, etaMs: null, error: null, errorStage: null });
    expect(done.outputs.map((o) => o.id)).toEqual(['e1', 'e2']);
  });

  it('never lets the fraction go back, and clears the ETA when main has none', () => {
    expect(run(requested, started, progress(0.6, 5000), progress(0.4, 7000))).toMatchObject({ fraction: 0.6, etaMs: 7000 });
    expect(run(requested, started, progress(0.6, 5000), { ...progress(0.7, null) })).toMatchObject({ fraction: 0.7, etaMs: null });
  });

  it('ignores previews, other renders and other projects', () => {
    const base = run(requested, started, progress(0.3, 1000));
    expect(exportReducer(base, progress(0.9, 1, { kind: 'preview' }))).toBe(base);
    expect(exportReducer(base, progress(0.9, 1, { renderId: 'r2' }))).toBe(base);
    expect(exportReducer(base, progress(0.9, 1, { projectId: 'p2' }))).toBe(base);
    expect(exportReducer(base, finished({ renderId: 'r2' }))).toBe(base);
    expect(exportReducer(IDLE_RUN, progress(0.5, 1))).toBe(IDLE_RUN);
  });

  it('keeps events that beat the render id and replays only this render’s', () => {
    const early = run(requested, progress(0.5, 100), progress(0.9, 5, { renderId: 'other' }), progress(1, 0, { state: 'succeeded' }), finished({ outputs: [output('e1', '16:9')] }));
    expect(early.status).toBe('starting');
    expect(early.early).toHaveLength(4);
    const after = exportReducer(early, started);
    expect(after).toMatchObject({ status: 'succeeded', renderId: 'r1', fraction: 1, early: [] });
    expect(after.outputs.map((o) => o.id)).toEqual(['e1']);
  });

  it('reports a refused start as a start failure, and a failed render with what it made', () => {
    const refused = run(requested, { type: 'start-failed', error: { code: 'CONFLICT', message: '/x/ad.mp4 already exists', details: { target: '/x/ad.mp4' } } });
    expect(refused).toMatchObject({ status: 'failed', errorStage: 'start', error: { code: 'CONFLICT' } });
    const broke = run(requested, started, progress(0.7, 10), finished({ state: 'failed', outputs: [output('e1', '16:9')], error: { code: 'FFMPEG_FAILED', message: 'ffmpeg exited with 1' } }));
    expect(broke).toMatchObject({ status: 'failed', errorStage: 'render', fraction: 0.7, error: { message: 'ffmpeg exited with 1' } });
  });

  it('tracks a cancel until main confirms it, and a cancel that failed', () => {
    const asked = run(requested, started, { type: 'cancel-requested' });
    expect(asked.cancelling).toBe(true);
    expect(exportReducer(asked, { type: 'cancel-failed' }).cancelling).toBe(false);
    expect(exportReducer(asked, finished({ state: 'cancelled', error: { code: 'CANCELLED', message: 'The export was cancelled.' } }))).toMatchObject({ status: 'cancelled', cancelling: false, errorStage: null });
    expect(run(requested, { type: 'cancel-requested' }).cancelling).toBe(false);
  });

  it('does not start over a running export, and resets only when it is over', () => {
    const running = run(requested, started);
    expect(exportReducer(running, { ...requested, projectId: 'p9' })).toBe(running);
    expect(exportReducer(running, { type: 'reset' })).toBe(running);
    const over = run(requested, started, finished({}));
    expect(exportReducer(over, { type: 'reset' })).toBe(IDLE_RUN);
    expect(exportReducer(over, { type: 'seen' }).seen).toBe(true);
    expect(exportReducer(over, { ...requested, variants: [V11] })).toMatchObject({ status: 'starting', variants: [V11], outputs: [], seen: false });
  });
});

describe('variant progress', () => {
  const at = (fraction: number, variants = [V169, V916, V11]): Pick<ExportRun, 'status' | 'variants' | 'fraction' | 'outputs'> => ({ status: 'running', variants, fraction, outputs: [] });

  it('says which variant is being written from the overall fraction', () => {
    expect(variantStatuses(at(0))).toEqual(['rendering', 'waiting', 'waiting']);
    expect(variantStatuses(at(0.2))).toEqual(['rendering', 'waiting', 'waiting']);
    // 1/3 arrives rounded to 4 decimals.
    expect(variantStatuses(at(0.3333))).toEqual(['done', 'rendering', 'waiting']);
    expect(variantStatuses(at(0.8))).toEqual(['done', 'done', 'rendering']);
    expect(variantStatuses(at(1))).toEqual(['done', 'done', 'rendering']);
    expect(variantStatuses({ ...at(0), status: 'starting' })).toEqual(['rendering', 'waiting', 'waiting']);
  });

  it('gives each variant its own fraction', () => {
    expect([0, 1, 2].map((i) => variantFraction(at(0.5), i))).toEqual([1, 0.5, 0]);
    expect([0, 1].map((i) => variantFraction(at(0.25, [V169, V916]), i))).toEqual([0.5, 0]);
    expect(variantFraction(at(0.3333), 1)).toBe(0);
  });

  it('marks done, failed and never-started variants once it is over', () => {
    expect(variantStatuses({ ...at(0.5), status: 'succeeded' })).toEqual(['done', 'done', 'done']);
    expect(variantStatuses({ ...at(0.5), status: 'failed', outputs: [output('e1', '16:9')] })).toEqual(['done', 'failed', 'skipped']);
    expect(variantStatuses({ ...at(0.1), status: 'cancelled' })).toEqual(['cancelled', 'skipped', 'skipped']);
    expect(variantFraction({ ...at(0.5), status: 'failed', outputs: [output('e1', '16:9')] }, 1)).toBe(0);
  });
});
