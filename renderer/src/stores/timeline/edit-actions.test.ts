import { beforeEach, describe, expect, it } from 'vitest';
import type { ProjectAssetDto } from '../../../../preload/contract/dto/asset-dto';
import { useAppStore, resetStore } from '../app-store';
import { documentActions } from '../document-actions';
import { playhead } from '../playhead';
import { ASSET_A, ASSET_B, card, documentState, sampleDoc, still } from '../test-support/sample-doc';
import { editActions } from './edit-actions';

const doc = () => {
  const current = useAppStore.getState().doc;
  if (!current) throw new Error('no document');
  return current;
};

const asset = (id: string, kind: ProjectAssetDto['kind'], extra: Partial<ProjectAssetDto> = {}): ProjectAssetDto => ({
  id, kind, ext: kind === 'audio' ? 'mp3' : 'png', originalName: `${kind}.${kind === 'audio' ? 'mp3' : 'png'}`, byteSize: 10, width: null, height: null,
  durationMs: kind === 'audio' ? 9000 : null, fps: null, hasAudio: kind === 'audio', hasAlpha: false, rotation: 0, codec: null, hasThumbnail: false,
  provenance: null, createdAt: '2026-01-01T00:00:00.000Z', viewType: null, addedAt: '2026-01-01T00:00:00.000Z', ...extra,
});

beforeEach(() => {
  resetStore();
  documentActions.open(documentState(sampleDoc({ video: [card('intro', 1000), still('s1', 3000), still('s2', 2000)] })));
});

describe('editActions', () => {
  it('adds a text overlay at the playhead, selects it, and one undo removes it', () => {
    playhead.set(1500);
    const added = editActions.addTextOverlay({ text: 'Only today' });
    expect(added.ok).toBe(true);
    expect(doc().tracks.overlay).toEqual([expect.objectContaining({ id: added.itemId, text: 'Only today', startMs: 1500, durationMs: 3000, position: 'bottom' })]);
    expect(useAppStore.getState().selectedIds).toEqual([added.itemId]);
    documentActions.undo();
    expect(doc().tracks.overlay).toEqual([]);
  });

  it('keeps a text overlay added near the end inside the timeline', () => {
    playhead.set(5900);
    editActions.addTextOverlay();
    expect(doc().tracks.overlay[0]).toMatchObject({ startMs: 3000, durationMs: 3000 });
  });

  it('adds a call-to-action outro at the end in the brand primary colour and an intro first', () => {
    const cta = editActions.addCard({ role: 'outro' });
    const intro = editActions.addCard({ role: 'intro', title: 'New mug' });
    const video = doc().tracks.video;
    expect(video[0]).toMatchObject({ id: intro.itemId, type: 'card', role: 'intro', title: 'New mug' });
    expect(video.at(-1)).toMatchObject({ id: cta.itemId, role: 'outro', title: 'Shop now', background: { kind: 'color', color: doc().settings.brand.colors.primary } });
  });

  it('adds music only from a project sound, naming the file that has none', () => {
    useAppStore.setState({ assets: [asset(ASSET_B, 'audio'), asset(ASSET_A, 'image')] });
    expect(editActions.addAudio({ assetId: ASSET_A, track: 'music' })).toEqual({ ok: false, reason: 'image.png has no sound' });
    const music = editActions.addAudio({ assetId: ASSET_B, track: 'music', atMs: 500 });
    expect(doc().tracks.music).toEqual([expect.objectContaining({ id: music.itemId, media: { assetId: ASSET_B }, startMs: 500, loop: true })]);
    const voice = editActions.addAudio({ assetId: ASSET_B, track: 'voiceover', script: 'Hello' });
    expect(doc().tracks.voiceover).toEqual([expect.objectContaining({ id: voice.itemId, script: 'Hello', startMs: 0 })]);
  });

  it('merges typing into one undo step through a mergeKey and refuses invalid values unchanged', () => {
    editActions.updateItem('intro', { title: 'S' }, { mergeKey: 'intro:title' });
    editActions.updateItem('intro', { title: 'Sale' }, { mergeKey: 'intro:title' });
    expect(doc().tracks.video[0]).toMatchObject({ title: 'Sale' });
    expect(useAppStore.getState().past).toHaveLength(1);
    const refused = editActions.updateItem('intro', { durationMs: -5 });
    expect(refused.ok).toBe(false);
    expect(doc().tracks.video[0]).toMatchObject({ durationMs: 1000 });
    expect(editActions.updateItem('nope', { title: 'x' })).toEqual({ ok: false, reason: 'there is no item "nope" in this project' });
    documentActions.undo();
    expect(doc().tracks.video[0]).toMatchObject({ title: '' });
  });

  it('changes settings as one step and an unchanged value makes no step', () => {
    expect(editActions.updateSettings({ budgetUsd: 5 })).toEqual({ ok: true });
    expect(editActions.updateSettings({ budgetUsd: 5 })).toEqual({ ok: true });
    expect(doc().settings.budgetUsd).toBe(5);
    expect(useAppStore.getState().past).toHaveLength(1);
  });

  it('puts a generated clip in place of the still from the same image, keeping its transition', () => {
    const fromB = { ...still('s2', 2000), media: { assetId: ASSET_B }, transitionIn: { kind: 'crossfade' as const, durationMs: 400 } };
    documentActions.open(documentState(sampleDoc({ video: [card('intro', 1000), still('s1', 3000), fromB] })));
    const placed = editActions.placeGeneratedClip({ assetId: 'c'.repeat(64), sourceAssetId: ASSET_B, durationMs: 3000 });
    expect(doc().tracks.video.map((v) => v.id)).toEqual(['intro', 's1', placed.itemId]);
    expect(doc().tracks.video[2]).toMatchObject({ type: 'clip', inMs: 0, outMs: 3000, transitionIn: { kind: 'crossfade', durationMs: 400 } });
    expect(editActions.placeGeneratedClip({ assetId: 'c'.repeat(64), sourceAssetId: ASSET_B, durationMs: 3000 })).toEqual({ ok: false, reason: 'that clip is already on the timeline' });
  });

  it('appends a generated clip without a matching still before the closing outro', () => {
    editActions.addCard({ role: 'outro' });
    const placed = editActions.placeGeneratedClip({ assetId: 'd'.repeat(64), sourceAssetId: null, durationMs: 2000 });
    expect(doc().tracks.video.map((v) => v.type)).toEqual(['card', 'still', 'still', 'clip', 'card']);
    expect(doc().tracks.video[3]?.id).toBe(placed.itemId);
  });
});

describe('editActions.placeGeneratedClip with an earlier generated clip', () => {
  it('replaces the approved draft clip of the same image when its AI upgrade is approved', () => {
    const draft = 'e'.repeat(64);
    const upgrade = 'f'.repeat(64);
    documentActions.open(documentState(sampleDoc({ video: [card('intro', 1000), { id: 'draft', type: 'clip', media: { assetId: draft }, inMs: 0, outMs: 3000 }] })));
    useAppStore.setState({ assets: [asset(draft, 'video', { provenance: { provider: 'local', model: 'draft-motion', sourceAssetId: ASSET_A } })] });
    const placed = editActions.placeGeneratedClip({ assetId: upgrade, sourceAssetId: ASSET_A, durationMs: 5000 });
    expect(doc().tracks.video.map((v) => v.id)).toEqual(['intro', placed.itemId]);
    expect(doc().tracks.video[1]).toMatchObject({ media: { assetId: upgrade }, outMs: 5000 });
  });
});
