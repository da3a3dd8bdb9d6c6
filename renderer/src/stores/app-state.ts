import type { StateCreator } from 'zustand';
import type { DocumentSlice } from './slices/document-slice';
import type { JobsSlice } from './slices/jobs-slice';
import type { MediaSlice } from './slices/media-slice';
import type { PlaybackSlice } from './slices/playback-slice';
import type { SelectionSlice } from './slices/selection-slice';
import type { UiSlice } from './slices/ui-slice';

/**
 * The one editor store: the document (the only part under undo and autosave) and the session
 * around it (selection, playback, jobs, media, ui), which never enters history.
 */
export type AppState = DocumentSlice & SelectionSlice & PlaybackSlice & JobsSlice & MediaSlice & UiSlice;

/** Middleware sits on the root store only (zustand slices guide), so every slice names it here. */
export type StoreMutators = [['zustand/subscribeWithSelector', never]];

export type SliceCreator<Slice> = StateCreator<AppState, StoreMutators, [], Slice>;
