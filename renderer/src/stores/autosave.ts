import { MAX_PATCH_OPS } from '../../../preload/contract/document/patch-ops';
import { useAppStore } from './app-store';
import { storeApi } from './api-port';
import { errorCode, errorText } from './error-text';
import { reloadDocument } from './project-session';

export interface AutosaveOptions {
  /** Quiet time after the last edit before saving. */
  delayMs?: number;
  /** Wait before trying again after a failed save (connection lost, disk full …). */
  retryMs?: number;
  /** Flushes when the page hides or unloads; absent in unit tests. */
  page?: Pick<Window, 'addEventListener' | 'removeEventListener'> & { document: Pick<Document, 'visibilityState'> };
}

export interface Autosave {
  /** Saves now whatever is unsaved; resolves when stored (or failed, with saveStatus 'error'). */
  flush(): Promise<void>;
  stop(): void;
}

const CONFLICT_MESSAGE =
  'This project was changed somewhere else (another window or the command line), so Adloom loaded the saved version. Your last edits from here were not kept.';

let active: Autosave | null = null;

/** Saves now through the running autosave (Ctrl+S, leaving the editor); a no-op when none runs. */
export function flushAutosave(): Promise<void> {
  return active?.flush() ?? Promise.resolve();
}

/**
 * Autosave as a store subscription, outside the actions (style-anchors §3.5): every document
 * change restarts a quiet-time timer; then the ops applied since the stored revision go to main
 * as one document.patch (document.save when there are too many). Edits made while a save is in
 * flight stay queued for the next one. A failed save keeps everything in memory and retries;
 * CONFLICT means another writer changed the project, so the stored version is loaded and the
 * person is told.
 */
export function startAutosave(options: AutosaveOptions = {}): Autosave {
  const delayMs = options.delayMs ?? 800;
  const retryMs = options.retryMs ?? 5000;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> | null = null;
  let stopped = false;
  // One message per run of failures, not one per retry.
  let failing = false;

  const clearTimer = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const schedule = (ms: number): void => {
    if (stopped) return;
    clearTimer();
    timer = setTimeout(() => {
      timer = null;
      void save();
    }, ms);
  };

  const fail = (projectId: string, err: unknown): void => {
    const saveError = `Saving failed: ${errorText(err)}. Your edits are kept here and Adloom will try again.`;
    useAppStore.setState({ saveStatus: 'error', saveError });
    if (!failing) useAppStore.getState().pushToast({ tone: 'error', message: saveError });
    failing = true;
    // An invalid document will not become valid by waiting; the next edit or Ctrl+S tries again.
    if (errorCode(err) !== 'BAD_INPUT' && useAppStore.getState().projectId === projectId) schedule(retryMs);
  };

  const send = async (): Promise<void> => {
    const { projectId, revision, doc, unsaved } = useAppStore.getState();
    if (projectId === null || revision === null || doc === null || unsaved.length === 0) return;
    const sent = unsaved.length;
    useAppStore.setState({ saveStatus: 'saving' });
    try {
      const api = storeApi();
      const result =
        sent <= MAX_PATCH_OPS
          ? await api.call('document.patch', { projectId, baseRevision: revision, ops: unsaved })
          : await api.call('document.save', { projectId, baseRevision: revision, document: doc });
      const now = useAppStore.getState();
      if (now.projectId !== projectId) return;
      const rest = now.unsaved.slice(sent);
      failing = false;
      useAppStore.setState({
        revision: result.revision,
        summary: result.summary,
        unsaved: rest,
        saveStatus: rest.length > 0 ? 'dirty' : 'saved',
        saveError: null,
        lastSavedAt: result.summary.updatedAt,
      });
      if (rest.length > 0) schedule(delayMs);
    } catch (err) {
      if (useAppStore.getState().projectId !== projectId) return;
      if (errorCode(err) !== 'CONFLICT') return fail(projectId, err);
      if (await reloadDocument()) useAppStore.getState().pushToast({ tone: 'error', message: CONFLICT_MESSAGE });
    }
  };

  const save = async (): Promise<void> => {
    while (inFlight !== null) await inFlight;
    inFlight = send().finally(() => {
      inFlight = null;
    });
    await inFlight;
  };

  const unsubscribe = useAppStore.subscribe(
    (s) => s.changeCount,
    () => schedule(delayMs),
  );
  const onHide = (): void => {
    if (options.page?.document.visibilityState === 'hidden') void flush();
  };
  // The socket frame (or IPC message) leaves synchronously, before the page goes away.
  const onUnload = (): void => void flush();
  options.page?.addEventListener('visibilitychange', onHide);
  options.page?.addEventListener('beforeunload', onUnload);

  const flush = (): Promise<void> => {
    clearTimer();
    return save();
  };
  const autosave: Autosave = {
    flush,
    stop() {
      stopped = true;
      clearTimer();
      unsubscribe();
      options.page?.removeEventListener('visibilitychange', onHide);
      options.page?.removeEventListener('beforeunload', onUnload);
      if (active === autosave) active = null;
    },
  };
  active = autosave;
  return autosave;
}
