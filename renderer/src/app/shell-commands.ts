import type { ShellCommands } from '../actions';
import { openImportPicker } from '../features/media-bin/import-media';
import { exportProjectFile, importProjectFile } from '../features/projects/project-file';
import { navigate } from '../lib/router';
import { flushAutosave, useAppStore } from '../stores';

const ui = (): ReturnType<typeof useAppStore.getState> => useAppStore.getState();

/** What actions open: dialogs, pickers, screens. */
export function createShellCommands(): ShellCommands {
  const goHome = async (): Promise<void> => {
    await flushAutosave();
    navigate({ screen: 'home' });
  };
  return {
    importMedia: openImportPicker,
    async saveNow() {
      await flushAutosave();
      const { saveStatus } = ui();
      if (saveStatus === 'saved') ui().pushToast({ tone: 'success', message: 'All changes saved.' });
    },
    openExport: () => ui().openDialog('export'),
    async newProject() {
      await goHome();
      ui().openDialog('new-project');
    },
    openProjects: () => void goHome(),
    importProjectFile,
    exportProjectFile,
    openSettings: () => void ui().pushToast({ tone: 'info', message: 'Settings are not part of this build yet.' }),
  };
}
