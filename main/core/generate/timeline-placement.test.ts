import { describe, expect, it } from 'vitest';
import type { ProjectDocument } from '../../../preload/contract/project';
import { validateDocument } from '../project';
import type { AssetRecord } from '../media/asset';
import { placeOutput } from './timeline-placement';

const id = (c: string): string => c.repeat(64);
const IMG_A = id('a');
const IMG_B = id('b');

function doc(video: unknown[] = []): ProjectDocument {
  return validateDocument({ schemaVersion: 1, settings: { name: 'T' }, tracks: { video } }, { source: 'test' });
}
function clip(assetId: string, durationMs: number | null): AssetRecord {
  return {
    id: assetId, kind: 'video', ext: 'mp4', originalName: 'x.mp4', byteSize: 1, width: 64, height: 36, durationMs, fps: 12,
    hasAudio: false, hasAlpha: false, rotation: 0, codec: 'h264', probe: null, thumbnail: null, provenance: null, createdAt: '2026-01-01T00:00:00.000Z',
  };
}
const video = (n: number, durationMs = 5000) => ({ track: 'video' as const, itemId: `scene-${n}`, sceneIndex: n - 1, durationMs });
const ids = (d: ProjectDocument): string[] => d.tracks.video.map((v) => v.id);

describe('placeOutput', () => {
  it('inserts scenes in plan order whatever order they finish in, before the outro card', () => {
    let d = doc([
      { id: 'intro', type: 'card', role: 'intro', durationMs: 1000 },
      { id: 'outro', type: 'card', role: 'outro', durationMs: 1000 },
    ]);
    for (const n of [3, 1, 2]) d = placeOutput(d, { placement: video(n), asset: clip(id(String(n)), 5000), sourceAssetId: null });
    expect(ids(d)).toEqual(['intro', 'scene-1', 'scene-2', 'scene-3', 'outro']);
    expect(validateDocument(d, { source: 'placed' })).toEqual(d);
  });

  it('trims the clip to the planned length or to the clip, whichever is shorter', () => {
    const long = placeOutput(doc(), { placement: video(1, 4000), asset: clip(id('1'), 5000), sourceAssetId: null });
    const short = placeOutput(doc(), { placement: video(1, 4000), asset: clip(id('1'), 1000), sourceAssetId: null });
    expect(long.tracks.video[0]).toEqual({ id: 'scene-1', type: 'clip', media: { assetId: id('1') }, inMs: 0, outMs: 4000, framing: 'cover', volume: 1, transitionIn: { kind: 'cut', durationMs: 0 } });
    expect(short.tracks.video[0]).toMatchObject({ outMs: 1000 });
  });

  it('replaces an earlier version of the scene, or the draft still of the same image, keeping its transition', () => {
    const fade = { kind: 'crossfade', durationMs: 300 };
    const start = doc([
      { id: 'shot-1', type: 'still', media: { assetId: IMG_A }, durationMs: 3000 },
      { id: 'shot-2', type: 'still', media: { assetId: IMG_B }, durationMs: 3000, transitionIn: fade },
    ]);
    const upgraded = placeOutput(start, { placement: video(2), asset: clip(id('2'), 5000), sourceAssetId: IMG_B });
    expect(ids(upgraded)).toEqual(['shot-1', 'scene-2']);
    expect(upgraded.tracks.video[1]).toMatchObject({ type: 'clip', media: { assetId: id('2') }, transitionIn: fade });
    const again = placeOutput(upgraded, { placement: video(2), asset: clip(id('9'), 5000), sourceAssetId: IMG_B });
    expect(ids(again)).toEqual(['shot-1', 'scene-2']);
    expect(again.tracks.video[1]).toMatchObject({ media: { assetId: id('9') }, transitionIn: fade });
  });

  it('adds a voice-over at 0 ms, replacing one of the same id', () => {
    const vo = { track: 'voiceover' as const, itemId: 'voiceover-ai', script: 'Meet the fan.' };
    const once = placeOutput(doc(), { placement: vo, asset: clip(id('c'), 3000), sourceAssetId: null });
    const twice = placeOutput(once, { placement: vo, asset: clip(id('d'), 3000), sourceAssetId: null });
    expect(twice.tracks.voiceover).toEqual([{ id: 'voiceover-ai', media: { assetId: id('d') }, startMs: 0, inMs: 0, volume: 1, fadeInMs: 0, fadeOutMs: 0, script: 'Meet the fan.' }]);
    expect(validateDocument(twice, { source: 'placed' })).toEqual(twice);
  });
});
