import type { ProjectAssetDto } from '../../../../preload/contract/dto/asset-dto';
import type { ErrorCode } from '../../../../preload/contract/errors';
import type { ViewType } from '../../../../preload/contract/plan/scene-plan';
import type { SliceCreator } from '../app-state';

/** One file of an import, from the moment it is dropped until it is in the library or refused. */
export interface ImportFileState {
  key: string;
  /** The import batch it belongs to (the importId sent with media.import). */
  importId: string;
  name: string;
  status: 'queued' | 'uploading' | 'importing' | 'done' | 'failed';
  error: { code: ErrorCode; message: string } | null;
  assetId: string | null;
}

export interface MediaSlice {
  /** The open project's media, in the order it was added. */
  assets: ProjectAssetDto[];
  mediaStatus: 'idle' | 'loading' | 'ready' | 'error';
  /** Files of the current and past imports in this session, newest last. */
  importFiles: ImportFileState[];
  setAssets: (assets: readonly ProjectAssetDto[]) => void;
  setMediaStatus: (status: MediaSlice['mediaStatus']) => void;
  setAssetViewType: (assetId: string, viewType: ViewType | null) => void;
  addImportFiles: (files: readonly ImportFileState[]) => void;
  updateImportFile: (key: string, change: Partial<Omit<ImportFileState, 'key'>>) => void;
  dismissImportFile: (key: string) => void;
}

export const createMediaSlice: SliceCreator<MediaSlice> = (set) => ({
  assets: [],
  mediaStatus: 'idle',
  importFiles: [],
  setAssets: (assets) => set({ assets: [...assets] }),
  setMediaStatus: (mediaStatus) => set({ mediaStatus }),
  setAssetViewType: (assetId, viewType) => set((s) => ({ assets: s.assets.map((a) => (a.id === assetId ? { ...a, viewType } : a)) })),
  addImportFiles: (files) => set((s) => ({ importFiles: [...s.importFiles, ...files] })),
  updateImportFile: (key, change) => set((s) => ({ importFiles: s.importFiles.map((f) => (f.key === key ? { ...f, ...change } : f)) })),
  dismissImportFile: (key) => set((s) => ({ importFiles: s.importFiles.filter((f) => f.key !== key) })),
});
