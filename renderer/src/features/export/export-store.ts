import { create } from 'zustand';
import type { ExportRecordDto } from '../../../../preload/contract/dto/export-history-dto';
import { exportReducer, IDLE_RUN, type ExportAction, type ExportRun } from './export-run';
import type { ExportForm } from './export-variants';

export interface ExportHistory {
  projectId: string | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  records: ExportRecordDto[];
  error: string | null;
}

export interface ExportState {
  run: ExportRun;
  /** The dialog's choices for the project they were made for (null until the dialog first opens). */
  form: ExportForm | null;
  history: ExportHistory;
  dispatch: (action: ExportAction) => void;
  setForm: (form: ExportForm) => void;
  /** A change the person made: from now on the form keeps it. */
  updateForm: (change: Partial<Omit<ExportForm, 'projectId' | 'touched'>>) => void;
  setHistory: (history: ExportHistory) => void;
}

export const EMPTY_HISTORY: ExportHistory = { projectId: null, status: 'idle', records: [], error: null };

/**
 * The export's own small store, outside the dialog: closing the dialog keeps the export (and
 * its progress in the top bar) going, and reopening shows where it is. Session state only.
 */
export const useExportStore = create<ExportState>()((set) => ({
  run: IDLE_RUN,
  form: null,
  history: EMPTY_HISTORY,
  dispatch: (action) => set((s) => ({ run: exportReducer(s.run, action) })),
  setForm: (form) => set({ form }),
  updateForm: (change) => set((s) => (s.form === null ? {} : { form: { ...s.form, ...change, touched: true } })),
  setHistory: (history) => set({ history }),
}));

/** Tests: a fresh store. */
export function resetExportStore(): void {
  useExportStore.setState(useExportStore.getInitialState(), true);
}
