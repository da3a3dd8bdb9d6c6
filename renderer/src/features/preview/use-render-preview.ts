import { useCallback, useEffect, useReducer } from 'react';
import { errorText, flushAutosave, playbackActions, storeApi, useAppStore } from '../../stores';
import { nextRenderState, type RenderPreviewState } from './render-preview-state';

export interface RenderPreview {
  state: RenderPreviewState;
  start: () => void;
  cancel: () => void;
  close: () => void;
}

const toast = (message: string): void => {
  useAppStore.getState().pushToast({ tone: 'error', message });
};

/**
 * "Render preview": saves the document, asks main for a proxy-size render through the export
 * engine, follows that render's render.progress / render.finished events, and holds the
 * finished preview's id until it is closed. Failures become a toast.
 */
export function useRenderPreview(): RenderPreview {
  const [state, dispatch] = useReducer(nextRenderState, { status: 'idle' });

  useEffect(() => {
    const api = storeApi();
    const offProgress = api.on('render.progress', (payload) => dispatch({ type: 'progress', payload }));
    const offFinished = api.on('render.finished', (payload) => dispatch({ type: 'finished', payload }));
    return () => {
      offProgress();
      offFinished();
    };
  }, []);

  useEffect(() => {
    if (state.status !== 'failed') return;
    toast(`The preview render failed: ${state.message}`);
    dispatch({ type: 'close' });
  }, [state]);

  useEffect(() => {
    // The finished preview plays in its own player; the timeline stops so the two are not heard together.
    if (state.status === 'done') playbackActions.pause();
  }, [state.status]);

  const start = useCallback(() => {
    const projectId = useAppStore.getState().projectId;
    if (projectId === null) return;
    dispatch({ type: 'start' });
    void (async () => {
      try {
        // Main renders the stored document: store the latest edits first.
        await flushAutosave();
        if (useAppStore.getState().saveStatus === 'error') {
          useAppStore.getState().pushToast({ tone: 'info', message: 'The latest edits are not saved yet, so the preview render shows the last saved version.' });
        }
        const { renderId } = await storeApi().call('render.preview', { projectId });
        dispatch({ type: 'started', renderId });
      } catch (err) {
        dispatch({ type: 'start-failed', message: errorText(err) });
      }
    })();
  }, []);

  const cancel = useCallback(() => {
    if (state.status !== 'running') return;
    storeApi()
      .call('render.cancel', { renderId: state.renderId })
      .catch((err: unknown) => toast(`The preview render could not be stopped: ${errorText(err)}`));
  }, [state]);

  const close = useCallback(() => dispatch({ type: 'close' }), []);

  return { state, start, cancel, close };
}
