import { beforeEach, describe, expect, it } from 'vitest';
import type { ProjectAssetDto } from '../../../../preload/contract/dto/asset-dto';
import { computeTimeline } from '../../../../preload/contract/layout/timeline';
import { useAppStore, resetStore } from '../app-store';
import { documentActions } from '../document-actions';
import { playhead } from '../playhead';
import { ASSET_B, card, clip, documentState, sampleDoc, text } from '../test-support/sample-doc';
import { timelineActions } from './timeline-actions';

const ids = (): string[] => useAppStore.getState().doc?.tracks.video.map((v) => v.id) ?? [];
const doc = () => {
  const current = useAppStore.getState().doc;
  if (!current) throw new Error('no document');
  return current;
};

beforeEach(() => {
  resetStore();
  documentActions.open(
    documentState(sampleDoc({ video: [card('a', 1000), clip('b', 0, 3000), card('c', 1000)], overlay: [text('t', 4200, 500)], music: [{ id: 'm', media: { assetId: ASSET_B }, startMs: 0 }] })),
  );
});

describe('timelineActions on the open document', () => {
  it('splits the clip under the playhead as one undo step, and undo joins it again', () => {
    playhead.set(2000);
    expect(timelineActions.splitAtPlayhead()).toEqual({ ok: true });
    expect(doc().tracks.video.map((v) => (v.type === 'clip' ? [v.inMs, v.outMs] : v.id))).toEqual(['a', [0, 1000], [1000, 3000], 'c']);
    expect(computeTimeline(doc()).totalMs).toBe(5000);
    documentActions.undo();
    expect(ids()).toEqual(['a', 'b', 'c']);
    expect(useAppStore.getState().past).toEqual([]);
  });

  it('deletes the selection, and ripple delete also pulls the later overlay in', () => {
    useAppStore.getState().select(['b']);
    expect(timelineActions.deleteSelected()).toEqual({ ok: true });
    expect(ids()).toEqual(['a', 'c']);
    expect(doc().tracks.overlay[0]?.startMs).toBe(4200);
    documentActions.undo();
    useAppStore.getState().select(['b']);
    expect(timelineActions.rippleDeleteSelected()).toEqual({ ok: true });
    expect(ids()).toEqual(['a', 'c']);
    expect(doc().tracks.overlay[0]?.startMs).toBe(1200);
    expect(useAppStore.getState().selectedIds).toEqual([]);
    documentActions.undo();
    expect(doc().tracks.overlay[0]?.startMs).toBe(4200);
    expect(ids()).toEqual(['a', 'b', 'c']);
  });

  it('reorders and undoes the reorder', () => {
    expect(timelineActions.moveItem('c', 0)).toEqual({ ok: true });
    expect(ids()).toEqual(['c', 'a', 'b']);
    documentActions.undo();
    expect(ids()).toEqual(['a', 'b', 'c']);
  });

  it('trims a clip no further than its file, known from the project media', () => {
    useAppStore.getState().setAssets([{ id: ASSET_B, kind: 'video', durationMs: 3500 } as ProjectAssetDto]);
    expect(timelineActions.trimItem({ itemId: 'b', edge: 'end', deltaMs: 2000 })).toEqual({ ok: true });
    const b = doc().tracks.video[1];
    expect(b?.type === 'clip' && b.outMs).toBe(3500);
  });

  it('sets a transition, and refuses one longer than the items around it', () => {
    expect(timelineActions.setTransition({ itemId: 'b', kind: 'crossfade', durationMs: 500 })).toEqual({ ok: true });
    expect(computeTimeline(doc()).totalMs).toBe(4500);
    const before = doc();
    expect(timelineActions.setTransition({ itemId: 'c', kind: 'crossfade', durationMs: 1500 })).toEqual({
      ok: false,
      reason: 'c: its transitions (1500 ms in + 0 ms out) are longer than the item (1000 ms)',
    });
    expect(doc()).toBe(before);
  });

  it('adds a project image to the end of the timeline as a still', () => {
    const image = 'e'.repeat(64);
    useAppStore.getState().setAssets([{ id: image, kind: 'image', durationMs: null } as ProjectAssetDto]);
    const result = timelineActions.insertAsset(image);
    expect(result.ok).toBe(true);
    expect(doc().tracks.video.at(-1)).toMatchObject({ id: result.itemId, type: 'still', durationMs: 3000, media: { assetId: image }, motion: { move: 'zoom-in' } });
    expect(timelineActions.insertAsset('f'.repeat(64))).toEqual({ ok: false, reason: 'that media is not part of this project' });
  });

  it('duplicates the selected item with a new id', () => {
    useAppStore.getState().select(['a']);
    expect(timelineActions.duplicateSelected()).toEqual({ ok: true });
    expect(ids()).toHaveLength(4);
    expect(ids()[1]).toMatch(/^item-[0-9a-f]{12}$/);
  });

  it('answers why when there is nothing to act on', () => {
    expect(timelineActions.deleteSelected()).toEqual({ ok: false, reason: 'nothing is selected' });
    playhead.set(9000);
    expect(timelineActions.splitAtPlayhead()).toEqual({ ok: false, reason: 'there is no video item under the playhead' });
  });
});
