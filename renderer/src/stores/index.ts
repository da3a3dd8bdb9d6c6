/**
 * The editor store: one bound zustand store from slices, module-level actions, typed hooks.
 * Features import from here, never from the slice files.
 */
export { useAppStore, resetStore } from './app-store';
export type { AppState } from './app-state';
export type { SaveStatus, LoadStatus } from './slices/document-slice';
export type { ImportFileState } from './slices/media-slice';
export type { DialogName, Toast, ToastTone } from './slices/ui-slice';
export type { JobProgress } from './slices/jobs-slice';
export { ZOOM_DEFAULT, ZOOM_MAX, ZOOM_MIN } from './slices/playback-slice';
export type { HistoryEntry } from './history/history-entry';
export { documentActions, type EditResult } from './document-actions';
export { timelineActions } from './timeline/timeline-actions';
export { editActions, type AddResult } from './timeline/edit-actions';
export { locate as findItem, type Located } from './timeline/timeline-ops';
export type { CardRole } from './timeline/add-ops';
export { playbackActions } from './playback-actions';
export { playhead, usePlayheadMs } from './playhead';
export { startAutosave, flushAutosave, type Autosave } from './autosave';
export { loadProject, refreshMedia, reloadDocument } from './project-session';
export { documentItemIds, newItemId } from './document-ids';
export { errorText } from './error-text';
export { setStoreApi, storeApi } from './api-port';
export * from './selectors';
export { startPlaybackClock, type ClockDeps } from './playback-clock';
