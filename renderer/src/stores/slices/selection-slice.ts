import type { SliceCreator } from '../app-state';

export interface SelectionSlice {
  /** Ids of selected document items (video items, overlays, audio clips, caption cues), in click order. */
  selectedIds: string[];
  /** Replaces the selection (an empty list clears it). */
  select: (ids: readonly string[]) => void;
  /** Adds or removes one id (Shift/Ctrl-click). */
  toggleSelected: (id: string) => void;
  clearSelection: () => void;
}

export const createSelectionSlice: SliceCreator<SelectionSlice> = (set) => ({
  selectedIds: [],
  select: (ids) => set({ selectedIds: [...new Set(ids)] }),
  toggleSelected: (id) => set((s) => ({ selectedIds: s.selectedIds.includes(id) ? s.selectedIds.filter((x) => x !== id) : [...s.selectedIds, id] })),
  clearSelection: () => set({ selectedIds: [] }),
});
