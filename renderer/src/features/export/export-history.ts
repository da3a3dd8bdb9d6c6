import type { ExportRecordDto } from '../../../../preload/contract/dto/export-history-dto';
import { errorText, storeApi, useAppStore } from '../../stores';
import { useExportStore } from './export-store';

/** Newest first; the same moment keeps main's order (it already lists newest first). */
export function newestFirst(records: readonly ExportRecordDto[]): ExportRecordDto[] {
  const time = (r: ExportRecordDto): number => {
    const t = Date.parse(r.createdAt);
    return Number.isNaN(t) ? 0 : t;
  };
  return records
    .map((record, index) => ({ record, index }))
    .sort((a, b) => time(b.record) - time(a.record) || a.index - b.index)
    .map((x) => x.record);
}

/**
 * Loads a project's export history into the export store. A failure (an older main without
 * exports.list, a storage error) is shown in the history section only; exporting still works.
 */
export async function loadExportHistory(projectId: string): Promise<void> {
  const { history, setHistory } = useExportStore.getState();
  const records = history.projectId === projectId ? history.records : [];
  setHistory({ projectId, status: 'loading', records, error: null });
  try {
    const listed = await storeApi().call('exports.list', { projectId });
    if (useExportStore.getState().history.projectId !== projectId) return;
    setHistory({ projectId, status: 'ready', records: newestFirst(listed), error: null });
  } catch (err) {
    if (useExportStore.getState().history.projectId !== projectId) return;
    setHistory({ projectId, status: 'error', records, error: errorText(err) });
  }
}

/** "Show in folder" for a finished export (main looks the file up by id, never by a path from the page). */
export async function revealExport(projectId: string, exportId: string): Promise<void> {
  try {
    await storeApi().call('app.reveal', { target: { kind: 'export', projectId, exportId } });
  } catch (err) {
    useAppStore.getState().pushToast({ tone: 'error', message: `The file could not be shown: ${errorText(err)}` });
  }
}
