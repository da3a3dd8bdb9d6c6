import { describe, expect, it } from 'vitest';
import { card, sampleDoc, text } from '../test-support/sample-doc';
import { deleteOps, rippleDeleteOps } from './delete-ops';

const ASSET = 'c'.repeat(64);

describe('deleteOps', () => {
  it('removes items from several tracks, later indexes first', () => {
    const doc = sampleDoc({ video: [card('a', 1000), card('b', 1000), card('c', 1000)], overlay: [text('t', 0, 500)] });
    expect(deleteOps({ doc, ids: ['a', 't', 'c'] })).toEqual({
      ok: true,
      label: 'Delete 3 items',
      ops: [
        { op: 'remove', path: '/tracks/overlay/0' },
        { op: 'remove', path: '/tracks/video/2' },
        { op: 'remove', path: '/tracks/video/0' },
      ],
    });
  });

  it('refuses an empty or unknown selection', () => {
    expect(deleteOps({ doc: sampleDoc(), ids: ['ghost'] })).toEqual({ ok: false, reason: 'nothing is selected' });
  });
});

describe('rippleDeleteOps', () => {
  it('moves overlays, audio and captions after the removed clip earlier by its length', () => {
    const doc = sampleDoc(
      {
        video: [card('a', 1000), card('b', 2000), card('c', 1000)],
        overlay: [text('early', 500, 300), text('late', 3200, 500)],
        music: [{ id: 'm', media: { assetId: ASSET }, startMs: 3000 }],
      },
      { cues: [{ id: 'cue', startMs: 3500, durationMs: 400, text: 'hi' }] },
    );
    expect(rippleDeleteOps({ doc, ids: ['b'] })).toEqual({
      ok: true,
      label: 'Ripple delete item',
      ops: [
        { op: 'replace', path: '/tracks/overlay/1/startMs', value: 1200 },
        { op: 'replace', path: '/tracks/music/0/startMs', value: 1000 },
        { op: 'replace', path: '/captions/cues/0/startMs', value: 1500 },
        { op: 'remove', path: '/tracks/video/1' },
      ],
    });
  });

  it('pulls things that started inside the removed stretch to where it closed', () => {
    const doc = sampleDoc({ video: [card('a', 1000), card('b', 2000), card('c', 1000)], overlay: [text('inside', 1500, 300)] });
    const result = rippleDeleteOps({ doc, ids: ['b'] });
    expect(result.ok && result.ops[0]).toEqual({ op: 'replace', path: '/tracks/overlay/0/startMs', value: 1000 });
  });

  it('shifts only the video when non-video items are ripple-deleted', () => {
    const doc = sampleDoc({ video: [card('a', 1000)], overlay: [text('t1', 0, 300), text('t2', 500, 300)] });
    expect(rippleDeleteOps({ doc, ids: ['t1'] })).toEqual({ ok: true, label: 'Ripple delete item', ops: [{ op: 'remove', path: '/tracks/overlay/0' }] });
  });
});
