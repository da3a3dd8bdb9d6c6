import { useAppStore } from './app-store';
import { storeApi } from './api-port';
import { documentActions } from './document-actions';
import { errorText } from './error-text';

/**
 * Loads a project's document and media into the store; false (with loadError set) when it
 * fails. The open project stays in place until the new one has arrived, so autosave never
 * mixes the two; callers flush autosave first when switching.
 */
export async function loadProject(projectId: string): Promise<boolean> {
  useAppStore.setState({ loadStatus: 'loading', loadError: null, loadingProjectId: projectId });
  const api = storeApi();
  const stillWanted = (): boolean => useAppStore.getState().loadingProjectId === projectId;
  try {
    const [state, assets] = await Promise.all([api.call('document.load', { projectId }), api.call('media.listForProject', { projectId })]);
    // A newer open (another click) wins over this one.
    if (!stillWanted()) return false;
    documentActions.open(state);
    useAppStore.getState().setAssets(assets);
    useAppStore.getState().setMediaStatus('ready');
    return true;
  } catch (err) {
    if (stillWanted()) useAppStore.setState({ loadStatus: 'error', loadError: errorText(err), loadingProjectId: null });
    return false;
  }
}

/** Refreshes the open project's media list (after an import or a generation). */
export async function refreshMedia(): Promise<void> {
  const { projectId } = useAppStore.getState();
  if (projectId === null) return;
  const assets = await storeApi().call('media.listForProject', { projectId });
  if (useAppStore.getState().projectId === projectId) useAppStore.getState().setAssets(assets);
}

/**
 * Takes the stored document again after another writer changed it (CONFLICT), keeping the
 * playhead; local history no longer applies to it, so it starts fresh.
 */
export async function reloadDocument(): Promise<boolean> {
  const { projectId } = useAppStore.getState();
  if (projectId === null) return false;
  try {
    const state = await storeApi().call('document.load', { projectId });
    if (useAppStore.getState().projectId !== projectId) return false;
    useAppStore.setState({ summary: state.summary, doc: state.document, revision: state.revision, unsaved: [], past: [], future: [], saveStatus: 'saved', saveError: null });
    return true;
  } catch (err) {
    useAppStore.setState({ saveStatus: 'error', saveError: `reloading the project failed: ${errorText(err)}` });
    return false;
  }
}
