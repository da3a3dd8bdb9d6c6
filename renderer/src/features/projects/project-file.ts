import { navigate } from '../../lib/router';
import { errorText, flushAutosave, storeApi, useAppStore } from '../../stores';

const toast = (tone: 'success' | 'error' | 'info', message: string): void => void useAppStore.getState().pushToast({ tone, message });

/** Project files travel by path, which only the desktop app's dialogs give. */
function dialogsAvailable(): boolean {
  if (useAppStore.getState().appInfo?.capabilities.dialogs) return true;
  toast('info', 'Project files can be opened and saved in the desktop app; in the browser, use "adloom projects import/export".');
  return false;
}

/** File › Import Project File…: a project JSON becomes a new project, opened at once. */
export async function importProjectFile(): Promise<void> {
  if (!dialogsAvailable()) return;
  try {
    const { paths } = await storeApi().call('app.openDialog', { purpose: 'project', multiple: false });
    const path = paths[0];
    if (path === undefined) return;
    const summary = await storeApi().call('projects.importFile', { path });
    navigate({ screen: 'editor', projectId: summary.id });
  } catch (err) {
    toast('error', `The project file could not be imported: ${errorText(err)}`);
  }
}

/** File › Save Project File…: the open project as a portable JSON file (saved first, so the file is current). */
export async function exportProjectFile(): Promise<void> {
  const { projectId, summary } = useAppStore.getState();
  if (projectId === null || !dialogsAvailable()) return;
  try {
    await flushAutosave();
    const { path } = await storeApi().call('app.saveDialog', { purpose: 'project', defaultName: `${summary?.name ?? 'project'}.adloom.json` });
    if (path === null) return;
    await storeApi().call('projects.exportFile', { projectId, path });
    toast('success', `Saved ${path}.`);
  } catch (err) {
    toast('error', `The project file could not be saved: ${errorText(err)}`);
  }
}
