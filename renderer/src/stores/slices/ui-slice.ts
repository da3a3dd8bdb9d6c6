import type { AppInfoDto } from '../../../../preload/contract/dto/app-dto';
import type { SliceCreator } from '../app-state';

export type DialogName = 'export' | 'new-project' | 'settings';
export type ToastTone = 'info' | 'success' | 'error';

export interface Toast {
  id: number;
  tone: ToastTone;
  message: string;
}

export interface UiSlice {
  /** What this mode can do (dialogs, uploads …), from app.info at start. */
  appInfo: AppInfoDto | null;
  dialog: DialogName | null;
  panels: { media: boolean; inspector: boolean };
  /** Which tab the left column shows. */
  sideTab: 'media' | 'generate';
  toasts: Toast[];
  setAppInfo: (info: AppInfoDto) => void;
  openDialog: (dialog: DialogName) => void;
  closeDialog: () => void;
  togglePanel: (panel: keyof UiSlice['panels']) => void;
  setSideTab: (tab: UiSlice['sideTab']) => void;
  /** Shows a message; returns its id for dismissToast. */
  pushToast: (toast: { tone: ToastTone; message: string }) => number;
  dismissToast: (id: number) => void;
}

/** Long sessions keep only the latest few messages on screen. */
const MAX_TOASTS = 4;
let nextToastId = 1;

export const createUiSlice: SliceCreator<UiSlice> = (set) => ({
  appInfo: null,
  dialog: null,
  panels: { media: true, inspector: true },
  sideTab: 'media',
  toasts: [],
  setAppInfo: (appInfo) => set({ appInfo }),
  openDialog: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: null }),
  togglePanel: (panel) => set((s) => ({ panels: { ...s.panels, [panel]: !s.panels[panel] } })),
  setSideTab: (sideTab) => set({ sideTab }),
  pushToast: ({ tone, message }) => {
    const id = nextToastId++;
    set((s) => ({ toasts: [...s.toasts, { id, tone, message }].slice(-MAX_TOASTS) }));
    return id;
  },
  dismissToast: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
});
