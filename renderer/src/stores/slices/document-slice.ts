import type { PatchOp } from '../../../../preload/contract/document/patch-ops';
import type { ProjectSummaryDto } from '../../../../preload/contract/dto/project-dto';
import type { ProjectDocument } from '../../../../preload/contract/project/document';
import type { SliceCreator } from '../app-state';
import type { HistoryEntry } from '../history/history-entry';

/** idle: nothing open · saved: stored · dirty: edits wait for autosave · saving · error: the last save failed (edits kept). */
export type SaveStatus = 'idle' | 'saved' | 'dirty' | 'saving' | 'error';
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface DocumentSlice {
  projectId: string | null;
  summary: ProjectSummaryDto | null;
  /** The open project's document; every edit goes through documentActions so undo and autosave see it. */
  doc: ProjectDocument | null;
  /** The stored revision `unsaved` applies to. */
  revision: string | null;
  /** Ops applied here since `revision`, in order: what autosave sends as one document.patch. */
  unsaved: PatchOp[];
  /** Bumped on every local document change; the autosave subscription watches it. */
  changeCount: number;
  saveStatus: SaveStatus;
  saveError: string | null;
  lastSavedAt: string | null;
  loadStatus: LoadStatus;
  loadError: string | null;
  /** The project being loaded; `projectId` changes only once its document is here. */
  loadingProjectId: string | null;
  past: HistoryEntry[];
  future: HistoryEntry[];
}

export const initialDocumentState: DocumentSlice = {
  projectId: null,
  summary: null,
  doc: null,
  revision: null,
  unsaved: [],
  changeCount: 0,
  saveStatus: 'idle',
  saveError: null,
  lastSavedAt: null,
  loadStatus: 'idle',
  loadError: null,
  loadingProjectId: null,
  past: [],
  future: [],
};

/** Data only: the edits live in document-actions.ts, which keeps history and `unsaved` in step. */
export const createDocumentSlice: SliceCreator<DocumentSlice> = () => ({ ...initialDocumentState });
