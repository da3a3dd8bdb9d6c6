import { connectMenuActions, installKeyboardShortcuts, keyBelongsToControl, registerEditorActions } from '../actions';
import { getApi } from '../api';
import { preventStrayFileDrops } from '../lib/stray-drops';
import { errorText, startAutosave, startPlaybackClock, useAppStore } from '../stores';
import { appActions } from './app-actions';
import { connectStoreEvents } from './connect-events';
import { isMac } from './platform';
import { createShellCommands } from './shell-commands';

/**
 * Everything that runs beside React for the app's lifetime: autosave, the playback clock,
 * the action registry with its keyboard and menu inputs, and main's events. Returns the undo.
 */
export function bootApp(): () => void {
  const api = getApi();
  const autosave = startAutosave({ page: window });
  const disposers = [
    () => autosave.stop(),
    startPlaybackClock({ requestFrame: (cb) => requestAnimationFrame(cb), cancelFrame: (id) => cancelAnimationFrame(id) }),
    registerEditorActions(appActions, createShellCommands()),
    installKeyboardShortcuts({ registry: appActions, target: window, isMac }),
    connectMenuActions({
      api,
      registry: appActions,
      inField: () => keyBelongsToControl(document.activeElement, 'Delete'),
      // execCommand is deprecated but is still how Chromium runs a field's own undo/redo/delete.
      fieldCommand: (command) => void document.execCommand(command),
      onUnknown: (action) => console.warn(`menu action "${action}" has no handler in the editor`),
    }),
    connectStoreEvents(api),
    preventStrayFileDrops(window),
  ];
  let live = true;
  api.call('app.info', {}).then(
    (info) => live && useAppStore.getState().setAppInfo(info),
    (err: unknown) => live && useAppStore.getState().pushToast({ tone: 'error', message: `Adloom could not reach its engine: ${errorText(err)}` }),
  );
  return () => {
    live = false;
    disposers.forEach((dispose) => dispose());
  };
}
