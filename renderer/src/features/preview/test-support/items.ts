import { VideoItem } from '../../../../../preload/contract/project/video-track';
import type { VideoItem as VideoItemType } from '../../../../../preload/contract/project/video-track';

const ASSET = 'a'.repeat(64);

/** Video items for the preview's unit tests, through the real schema (defaults filled in). */
export const card = (id: string, durationMs: number, transitionIn?: { kind: string; durationMs: number }): VideoItemType =>
  VideoItem.parse({ id, type: 'card', durationMs, title: id, ...(transitionIn && { transitionIn }) });

export const still = (id: string, durationMs: number, transitionIn?: { kind: string; durationMs: number }): VideoItemType =>
  VideoItem.parse({ id, type: 'still', durationMs, media: { assetId: ASSET }, ...(transitionIn && { transitionIn }) });

export const clip = (id: string, inMs: number, outMs: number, transitionIn?: { kind: string; durationMs: number }): VideoItemType =>
  VideoItem.parse({ id, type: 'clip', inMs, outMs, media: { assetId: ASSET }, ...(transitionIn && { transitionIn }) });
