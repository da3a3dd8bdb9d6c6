import { useShallow } from 'zustand/react/shallow';
import { computeTimeline, type Timeline } from '../../../preload/contract/layout/timeline';
import type { ProjectDocument } from '../../../preload/contract/project/document';
import type { AppState } from './app-state';
import { useAppStore } from './app-store';

/** Typed hooks over the one store. Object-returning ones use useShallow, so they re-render only on a real change. */

export const useProjectDocument = (): ProjectDocument | null => useAppStore((s) => s.doc);

export const useSaveState = (): Pick<AppState, 'saveStatus' | 'saveError' | 'lastSavedAt'> =>
  useAppStore(useShallow((s) => ({ saveStatus: s.saveStatus, saveError: s.saveError, lastSavedAt: s.lastSavedAt })));

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  /** The label of the edit undo would revert ("Split clip"), for tooltips. */
  undoLabel: string | null;
  redoLabel: string | null;
}

export const selectHistory = (s: AppState): HistoryState => ({
  canUndo: s.past.length > 0,
  canRedo: s.future.length > 0,
  undoLabel: s.past.at(-1)?.label ?? null,
  redoLabel: s.future.at(-1)?.label ?? null,
});
export const useHistoryState = (): HistoryState => useAppStore(useShallow(selectHistory));

export const useSelectedIds = (): string[] => useAppStore(useShallow((s) => s.selectedIds));

export const usePlaybackState = (): Pick<AppState, 'playing' | 'rate' | 'zoom' | 'zoomToFit'> =>
  useAppStore(useShallow((s) => ({ playing: s.playing, rate: s.rate, zoom: s.zoom, zoomToFit: s.zoomToFit })));

const EMPTY_TIMELINE: Timeline = { items: [], totalMs: 0, issues: [] };
let cached: { video: unknown; timeline: Timeline } | null = null;

/** Timeline positions of the open document (contract layout math), recomputed only when the video track changes. */
export function selectTimeline(s: AppState): Timeline {
  if (s.doc === null) return EMPTY_TIMELINE;
  if (cached?.video !== s.doc.tracks.video) cached = { video: s.doc.tracks.video, timeline: computeTimeline(s.doc) };
  return cached.timeline;
}
export const useTimeline = (): Timeline => useAppStore(selectTimeline);

export const useAssets = (): AppState['assets'] => useAppStore((s) => s.assets);
export const useAsset = (assetId: string | null): AppState['assets'][number] | undefined =>
  useAppStore((s) => (assetId === null ? undefined : s.assets.find((a) => a.id === assetId)));
