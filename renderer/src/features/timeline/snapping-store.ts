import { create } from 'zustand';

/** Snapping on/off: a per-session preference of the timeline, not part of the document or undo. */
interface SnappingState {
  snapping: boolean;
  toggleSnapping: () => void;
}

export const useSnapping = create<SnappingState>((set) => ({
  snapping: true,
  toggleSnapping: () => set((s) => ({ snapping: !s.snapping })),
}));
