import type { MediaSource } from '../../../../preload/contract/dto/media-dto';
import type { ErrorCode } from '../../../../preload/contract/errors';
import { ApiError } from '../../api';
import { bridgePathForFile } from '../../lib/bridge-extras';
import { randomId } from '../../lib/ids';
import { errorText, refreshMedia, storeApi, useAppStore, type ImportFileState } from '../../stores';

/** A file to import: a File from a drop or file input, or a path from the native dialog. */
export type ImportItem = { file: File } | { path: string; name: string };

const UPLOADS_AT_ONCE = 2;

const itemName = (item: ImportItem): string => ('file' in item ? item.file.name : item.name);

function update(key: string, change: Partial<Omit<ImportFileState, 'key'>>): void {
  useAppStore.getState().updateImportFile(key, change);
}

function failure(err: unknown): { code: ErrorCode; message: string } {
  return { code: err instanceof ApiError ? err.code : 'IO_ERROR', message: errorText(err) };
}

/** Turns one item into a source media.import takes: its path, or (browser mode) the id of its uploaded bytes. */
async function toSource(item: ImportItem, key: string): Promise<MediaSource | null> {
  if ('path' in item) return { path: item.path };
  const api = storeApi();
  if (api.mode === 'electron') {
    const path = bridgePathForFile(item.file);
    if (path !== null) return { path };
    update(key, { status: 'failed', error: { code: 'BAD_INPUT', message: `${item.file.name} has no path on this computer; use "Import media" to choose it` } });
    return null;
  }
  update(key, { status: 'uploading' });
  try {
    const receipt = await api.upload(item.file);
    update(key, { status: 'queued' });
    return { uploadId: receipt.uploadId };
  } catch (err) {
    update(key, { status: 'failed', error: failure(err) });
    return null;
  }
}

/** Runs `work` over items, at most `limit` at a time, keeping results in input order. */
async function pool<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * Imports files into the open project, tracking each file on its own: uploading (browser
 * mode), waiting, importing, then imported or failed with the reason. A bad file fails alone;
 * the others go on (media.import never stops a batch for one file).
 */
export async function importMedia(items: readonly ImportItem[]): Promise<void> {
  const { projectId } = useAppStore.getState();
  if (projectId === null || items.length === 0) return;
  const api = storeApi();
  const importId = randomId('imp');
  const keys = items.map((_, i) => `${importId}-${i}`);
  useAppStore.getState().addImportFiles(items.map((item, i) => ({ key: keys[i] as string, importId, name: itemName(item), status: 'queued', error: null, assetId: null })));

  const resolved = await pool(items, UPLOADS_AT_ONCE, (item, i) => toSource(item, keys[i] as string));
  const batch = resolved.flatMap((source, i) => (source === null ? [] : [{ source, key: keys[i] as string, name: itemName(items[i] as ImportItem) }]));
  if (batch.length === 0) return;

  // Files are imported in order; import.progress names the one being worked on.
  const off = api.on('import.progress', (p) => {
    if (p.importId !== importId || p.current === null) return;
    const at = batch.findIndex((b) => b.name === p.current && useAppStore.getState().importFiles.find((f) => f.key === b.key)?.status === 'queued');
    if (at >= 0) update(batch[at]?.key as string, { status: 'importing' });
  });
  try {
    const result = await api.call('media.import', { sources: batch.map((b) => b.source), projectId, importId });
    for (const done of result.imported) update(batch[done.index]?.key as string, { status: 'done', assetId: done.asset.id });
    for (const bad of result.failed) update(batch[bad.index]?.key as string, { status: 'failed', error: { code: bad.code, message: bad.message } });
  } catch (err) {
    for (const b of batch) update(b.key, { status: 'failed', error: failure(err) });
  } finally {
    off();
  }
  await refreshMedia().catch((err: unknown) => useAppStore.getState().pushToast({ tone: 'error', message: `The media list could not be refreshed: ${errorText(err)}` }));
}

/** The media bin's file input, which the browser-mode picker clicks. */
export const MEDIA_INPUT_ID = 'media-file-input';

/**
 * "Import media": the native dialog in Electron (real paths, no copying through the page),
 * the media bin's file input in a browser.
 */
export async function openImportPicker(): Promise<void> {
  const api = storeApi();
  if (api.mode === 'electron' && useAppStore.getState().appInfo?.capabilities.dialogs !== false) {
    try {
      const { paths } = await api.call('app.openDialog', { purpose: 'media', multiple: true });
      await importMedia(paths.map((path) => ({ path, name: path.split(/[\\/]/).pop() ?? path })));
    } catch (err) {
      useAppStore.getState().pushToast({ tone: 'error', message: `The file dialog could not open: ${errorText(err)}` });
    }
    return;
  }
  document.getElementById(MEDIA_INPUT_ID)?.click();
}
