import { describe, expect, it } from 'vitest';
import { ASSET_B, card, clip, sampleDoc, still, text } from '../test-support/sample-doc';
import { duplicateOps, moveItemOps, transitionOps } from './arrange-ops';
import { insertAssetOps } from './insert-ops';
import { trimOps } from './trim-ops';

const doc = sampleDoc({ video: [card('a', 1000), clip('b', 500, 2500), still('c', 3000)], overlay: [text('t', 1000, 1000)], music: [{ id: 'm', media: { assetId: ASSET_B }, startMs: 200, inMs: 1000, outMs: 9000 }] });

describe('moveItemOps', () => {
  it('moves a video item to its new position, clamped to the track', () => {
    expect(moveItemOps({ doc, itemId: 'a', toIndex: 2 })).toEqual({ ok: true, label: 'Move clip', ops: [{ op: 'move', from: '/tracks/video/0', path: '/tracks/video/2' }] });
    expect(moveItemOps({ doc, itemId: 'c', toIndex: -4 })).toEqual({ ok: true, label: 'Move clip', ops: [{ op: 'move', from: '/tracks/video/2', path: '/tracks/video/0' }] });
    expect(moveItemOps({ doc, itemId: 'b', toIndex: 1 })).toEqual({ ok: true, label: 'Move clip', ops: [] });
    expect(moveItemOps({ doc, itemId: 't', toIndex: 0 })).toEqual({ ok: false, reason: 't is not a video item of this project' });
  });
});

describe('trimOps', () => {
  it('trims a clip inside its source, never past the file or below the minimum', () => {
    expect(trimOps({ doc, itemId: 'b', edge: 'start', deltaMs: -800 })).toEqual({ ok: true, label: 'Trim', ops: [{ op: 'replace', path: '/tracks/video/1/inMs', value: 0 }] });
    expect(trimOps({ doc, itemId: 'b', edge: 'start', deltaMs: 5000 })).toEqual({ ok: true, label: 'Trim', ops: [{ op: 'replace', path: '/tracks/video/1/inMs', value: 2400 }] });
    expect(trimOps({ doc, itemId: 'b', edge: 'end', deltaMs: 9000, sourceDurationMs: 4000 })).toEqual({ ok: true, label: 'Trim', ops: [{ op: 'replace', path: '/tracks/video/1/outMs', value: 4000 }] });
  });

  it('changes the duration of stills and cards from either edge', () => {
    expect(trimOps({ doc, itemId: 'c', edge: 'start', deltaMs: 1000 }).ok && trimOps({ doc, itemId: 'c', edge: 'start', deltaMs: 1000 })).toMatchObject({ ops: [{ path: '/tracks/video/2/durationMs', value: 2000 }] });
    expect(trimOps({ doc, itemId: 'a', edge: 'end', deltaMs: -5000 })).toMatchObject({ ops: [{ path: '/tracks/video/0/durationMs', value: 100 }] });
  });

  it('moves an overlay start and keeps its end, or stretches its end', () => {
    expect(trimOps({ doc, itemId: 't', edge: 'start', deltaMs: 300 })).toEqual({
      ok: true,
      label: 'Trim',
      ops: [
        { op: 'replace', path: '/tracks/overlay/0/startMs', value: 1300 },
        { op: 'replace', path: '/tracks/overlay/0/durationMs', value: 700 },
      ],
    });
    expect(trimOps({ doc, itemId: 't', edge: 'end', deltaMs: 250 })).toMatchObject({ ops: [{ path: '/tracks/overlay/0/durationMs', value: 1250 }] });
  });

  it('trims the head of music in the file and on the timeline together', () => {
    expect(trimOps({ doc, itemId: 'm', edge: 'start', deltaMs: -500 })).toEqual({
      ok: true,
      label: 'Trim',
      ops: [
        { op: 'replace', path: '/tracks/music/0/inMs', value: 800 },
        { op: 'replace', path: '/tracks/music/0/startMs', value: 0 },
      ],
    });
  });
});

describe('transitionOps', () => {
  it('sets a transition into an item, and a cut has no duration', () => {
    expect(transitionOps({ doc, itemId: 'b', kind: 'crossfade', durationMs: 400.4 })).toEqual({
      ok: true,
      label: 'Set transition',
      ops: [{ op: 'replace', path: '/tracks/video/1/transitionIn', value: { kind: 'crossfade', durationMs: 400 } }],
    });
    expect(transitionOps({ doc, itemId: 'b', kind: 'cut', durationMs: 400 })).toMatchObject({ ops: [{ value: { kind: 'cut', durationMs: 0 } }] });
    expect(transitionOps({ doc, itemId: 'a', kind: 'crossfade', durationMs: 400 })).toEqual({ ok: false, reason: 'the first item has no transition in: nothing plays before it' });
  });
});

describe('duplicateOps and insertAssetOps', () => {
  it('puts a copy right after the original', () => {
    expect(duplicateOps({ doc, itemId: 'a', newId: 'a2' })).toEqual({ ok: true, label: 'Duplicate clip', ops: [{ op: 'add', path: '/tracks/video/1', value: { ...doc.tracks.video[0], id: 'a2' } }] });
  });

  it('adds an image as a still, a video as a whole clip, a sound as music', () => {
    const id = 'd'.repeat(64);
    expect(insertAssetOps({ doc, asset: { id, kind: 'image', durationMs: null }, newId: 'n' })).toEqual({
      ok: true,
      label: 'Add still',
      ops: [{ op: 'add', path: '/tracks/video/3', value: { id: 'n', type: 'still', media: { assetId: id }, durationMs: 3000 } }],
    });
    expect(insertAssetOps({ doc, asset: { id, kind: 'video', durationMs: 4200 }, newId: 'n', atIndex: 1 })).toMatchObject({ ops: [{ path: '/tracks/video/1', value: { type: 'clip', inMs: 0, outMs: 4200 } }] });
    expect(insertAssetOps({ doc, asset: { id, kind: 'audio', durationMs: 4200 }, newId: 'n' })).toMatchObject({ label: 'Add music', ops: [{ path: '/tracks/music/-' }] });
  });
});
