import { describe, expect, it } from 'vitest';
import { card, clip, sampleDoc, still, text } from '../test-support/sample-doc';
import { splitOps } from './split-ops';

const newId = (): string => 'new1';

describe('splitOps', () => {
  it('splits a clip at the playhead into two source ranges', () => {
    const doc = sampleDoc({ video: [card('intro', 1000), clip('c', 500, 4500)] });
    expect(splitOps({ doc, atMs: 2500, selectedIds: [], newId })).toEqual({
      ok: true,
      label: 'Split clip',
      ops: [
        { op: 'replace', path: '/tracks/video/1/outMs', value: 2000 },
        { op: 'add', path: '/tracks/video/2', value: { ...doc.tracks.video[1], id: 'new1', inMs: 2000, transitionIn: { kind: 'cut', durationMs: 0 } } },
      ],
    });
  });

  it('splits a still into two durations', () => {
    const doc = sampleDoc({ video: [still('s', 3000)] });
    const result = splitOps({ doc, atMs: 1200, selectedIds: [], newId });
    expect(result.ok && result.ops).toEqual([
      { op: 'replace', path: '/tracks/video/0/durationMs', value: 1200 },
      { op: 'add', path: '/tracks/video/1', value: { ...doc.tracks.video[0], id: 'new1', durationMs: 1800 } },
    ]);
  });

  it('splits the selected overlay instead of the video, without fades at the cut', () => {
    const doc = sampleDoc({ video: [card('a', 5000)], overlay: [text('t', 1000, 2000)] });
    const result = splitOps({ doc, atMs: 1500, selectedIds: ['t'], newId });
    expect(result).toEqual({
      ok: true,
      label: 'Split overlay',
      ops: [
        { op: 'replace', path: '/tracks/overlay/0/durationMs', value: 500 },
        { op: 'replace', path: '/tracks/overlay/0/animation/fadeOutMs', value: 0 },
        { op: 'add', path: '/tracks/overlay/1', value: { ...doc.tracks.overlay[0], id: 'new1', startMs: 1500, durationMs: 1500, animation: { fadeInMs: 0, fadeOutMs: 250 } } },
      ],
    });
  });

  it('refuses where there is nothing, at a cut, or too close to an edge', () => {
    const doc = sampleDoc({ video: [card('a', 1000), card('b', 1000)] });
    expect(splitOps({ doc, atMs: 2500, selectedIds: [], newId })).toEqual({ ok: false, reason: 'there is no video item under the playhead' });
    expect(splitOps({ doc, atMs: 1000, selectedIds: [], newId }).ok).toBe(false);
    expect(splitOps({ doc, atMs: 1050, selectedIds: [], newId }).ok).toBe(false);
    expect(splitOps({ doc, atMs: 1100, selectedIds: [], newId }).ok).toBe(true);
  });

  it('refuses inside a transition, where a part would be shorter than its transition', () => {
    const doc = sampleDoc({ video: [card('a', 2000), clip('b', 0, 2000, { kind: 'crossfade', durationMs: 500 })] });
    // b starts at 1500; 1500..2000 is the crossfade.
    expect(splitOps({ doc, atMs: 1700, selectedIds: [], newId }).ok).toBe(false);
    const after = splitOps({ doc, atMs: 2200, selectedIds: [], newId });
    expect(after.ok && after.ops[0]).toEqual({ op: 'replace', path: '/tracks/video/1/outMs', value: 700 });
  });
});
