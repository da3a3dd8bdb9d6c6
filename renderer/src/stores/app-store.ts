import { create } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import type { AppState } from './app-state';
import { playhead } from './playhead';
import { createDocumentSlice } from './slices/document-slice';
import { createJobsSlice } from './slices/jobs-slice';
import { createMediaSlice } from './slices/media-slice';
import { createPlaybackSlice } from './slices/playback-slice';
import { createSelectionSlice } from './slices/selection-slice';
import { createUiSlice } from './slices/ui-slice';

/**
 * The bound store. subscribeWithSelector lets side effects (autosave, the playback clock)
 * subscribe to one field from outside the actions.
 */
export const useAppStore = create<AppState>()(
  subscribeWithSelector((...a) => ({
    ...createDocumentSlice(...a),
    ...createSelectionSlice(...a),
    ...createPlaybackSlice(...a),
    ...createJobsSlice(...a),
    ...createMediaSlice(...a),
    ...createUiSlice(...a),
  })),
);

/** Back to a fresh start (tests; closing the app state): every slice and the playhead. */
export function resetStore(): void {
  useAppStore.setState(useAppStore.getInitialState(), true);
  playhead.reset();
}
