import { exportDownloadUrl } from '../../../../preload/contract/api';
import type { AppErrorDto } from '../../../../preload/contract/errors';
import { ApiError } from '../../api';
import { errorText, flushAutosave, storeApi, useAppStore } from '../../stores';
import { exportEffects } from './export-effects';
import { fileNameOf, outputsSummary } from './export-format';
import { loadExportHistory } from './export-history';
import { exportCapabilities } from './export-mode';
import { isActive, isFinished, type ExportAction, type ExportRun, type PlannedVariant } from './export-run';
import { useExportStore } from './export-store';
import { buildRenderVariants, defaultFileName, variantOptions } from './export-variants';

function toErrorDto(err: unknown): AppErrorDto {
  if (err instanceof ApiError) return { code: err.code, message: err.message, ...(err.details !== undefined && { details: err.details }) };
  return { code: 'INTERNAL', message: errorText(err) };
}

const projectNameNow = (): string => {
  const app = useAppStore.getState();
  return app.summary?.name ?? app.doc?.settings.name ?? '';
};

const capabilities = (): ReturnType<typeof exportCapabilities> => exportCapabilities(storeApi().mode, useAppStore.getState().appInfo);

/** True when render.start refused because the output file exists (not because another export runs). */
export function isFileConflict(run: Pick<ExportRun, 'error' | 'errorStage'>): boolean {
  return run.errorStage === 'start' && run.error?.code === 'CONFLICT' && typeof run.error.details?.target === 'string';
}

/** Toast, system notification, browser-mode download and a fresh history once an export ends. */
function finished(run: ExportRun, project: string): void {
  const app = useAppStore.getState();
  const fx = exportEffects();
  if (app.dialog === 'export') useExportStore.getState().dispatch({ type: 'seen' });
  if (run.status === 'succeeded') {
    const summary = outputsSummary(run.outputs);
    app.pushToast({ tone: 'success', message: `Export finished: ${summary}.` });
    fx.notify('Export finished', project === '' ? summary : `${project}: ${summary}`);
    if (capabilities().download) {
      for (const o of run.outputs) fx.download(exportDownloadUrl(o.id), fileNameOf(o.path ?? `${o.aspect.replace(':', 'x')}.mp4`));
    }
  } else if (run.status === 'failed') {
    const reason = run.error?.message ?? 'no reason was given';
    app.pushToast({ tone: 'error', message: `Export failed: ${reason}` });
    fx.notify('Export failed', project === '' ? reason : `${project}: ${reason}`);
  } else {
    const kept = run.outputs.length > 0 ? ` ${outputsSummary(run.outputs)} finished before and is kept.` : '';
    app.pushToast({ tone: 'info', message: `Export cancelled.${kept}` });
  }
  // The person may have opened another project meanwhile; its history is not this one.
  if (run.projectId !== null && app.projectId === run.projectId) void loadExportHistory(run.projectId);
}

/**
 * Starts exporting the open project with the dialog's choices. Progress and the outcome come as
 * render events; the listeners live until the export ends, whether or not the dialog is open.
 * Must be called from the click (the notification permission is asked for synchronously).
 */
export async function startExport(opts: { overwrite?: boolean } = {}): Promise<void> {
  const { form, run, dispatch, updateForm } = useExportStore.getState();
  const projectId = useAppStore.getState().projectId;
  if (form === null || projectId === null || form.projectId !== projectId || isActive(run.status)) return;
  const projectName = projectNameNow();
  exportEffects().askNotifyPermission();
  if (opts.overwrite === true) updateForm({ overwrite: true });
  const overwrite = opts.overwrite ?? form.overwrite;
  const variants = buildRenderVariants(form);
  const planned: PlannedVariant[] = variantOptions(form).filter((o) => variants.some((v) => v.aspect === o.aspect));
  dispatch({ type: 'requested', projectId, variants: planned });
  if (variants.length === 0) return dispatch({ type: 'start-failed', error: { code: 'BAD_INPUT', message: 'Choose at least one aspect to export.' } });

  const api = storeApi();
  const offs: (() => void)[] = [];
  const stop = (): void => offs.splice(0).forEach((off) => off());
  const step = (action: ExportAction): void => {
    const before = useExportStore.getState().run;
    useExportStore.getState().dispatch(action);
    const after = useExportStore.getState().run;
    if (after !== before && isFinished(after.status) && !isFinished(before.status) && after.errorStage !== 'start') {
      stop();
      finished(after, projectName);
    }
  };
  offs.push(
    api.on('render.progress', (payload) => step({ type: 'progress', payload })),
    api.on('render.finished', (payload) => step({ type: 'finished', payload })),
  );

  // main renders the stored project: unsaved edits would be missing from the file.
  await flushAutosave();
  const { saveStatus, saveError } = useAppStore.getState();
  if (saveStatus === 'error') {
    stop();
    const message = `The latest changes are not saved (${saveError ?? 'the save failed'}), so the export would leave them out. Wait until the project is saved, then export again.`;
    return dispatch({ type: 'start-failed', error: { code: 'IO_ERROR', message } });
  }
  const outputPath = capabilities().choosePath ? form.outputPath.trim() : '';
  try {
    const { renderId } = await api.call('render.start', { projectId, preset: form.preset, overwrite, variants, ...(outputPath !== '' && { outputPath }) });
    step({ type: 'started', renderId });
  } catch (err) {
    stop();
    dispatch({ type: 'start-failed', error: toErrorDto(err) });
  }
}

/** "Cancel export": main stops FFmpeg and removes the partial file; render.finished reports it. */
export async function cancelExport(): Promise<void> {
  const { run, dispatch } = useExportStore.getState();
  if (run.status !== 'running' || run.renderId === null || run.cancelling) return;
  dispatch({ type: 'cancel-requested' });
  try {
    await storeApi().call('render.cancel', { renderId: run.renderId });
  } catch (err) {
    dispatch({ type: 'cancel-failed' });
    useAppStore.getState().pushToast({ tone: 'error', message: `The export could not be cancelled: ${errorText(err)}` });
  }
}

/** "Choose…": the native save dialog, suggesting the project's name. */
export async function chooseOutputPath(): Promise<void> {
  const app = useAppStore.getState();
  try {
    const { path } = await storeApi().call('app.saveDialog', { purpose: 'video', defaultName: defaultFileName(projectNameNow()) });
    if (path !== null) useExportStore.getState().updateForm({ outputPath: path });
  } catch (err) {
    app.pushToast({ tone: 'error', message: `The save dialog could not open: ${errorText(err)}` });
  }
}
