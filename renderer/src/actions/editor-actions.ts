import { documentActions, playbackActions, timelineActions, useAppStore, type EditResult } from '../stores';
import type { ActionRegistry, EditorAction } from './action-registry';

/** What the shell provides for actions that open things (dialogs, pickers, screens). */
export interface ShellCommands {
  importMedia: () => void | Promise<void>;
  saveNow: () => void | Promise<void>;
  openExport: () => void;
  newProject: () => void;
  openProjects: () => void;
  importProjectFile: () => void | Promise<void>;
  exportProjectFile: () => void | Promise<void>;
  openSettings: () => void;
}

const hasProject = (): boolean => useAppStore.getState().doc !== null;
const canUndo = (): boolean => useAppStore.getState().past.length > 0;
const canRedo = (): boolean => useAppStore.getState().future.length > 0;
const hasSelection = (): boolean => useAppStore.getState().selectedIds.length > 0;

/** Tells the person why an edit did nothing, instead of failing silently. */
function report(verb: string, result: EditResult): void {
  if (!result.ok) useAppStore.getState().pushToast({ tone: 'info', message: `Cannot ${verb}: ${result.reason}.` });
}

/** Every editor action with its shortcuts. Ids match the Electron menu's (main/app/menu/menu-actions.ts). */
export function editorActions(shell: ShellCommands): EditorAction[] {
  const edit = (id: string, label: string, keys: string[], perform: () => EditResult, enabled: () => boolean = hasProject): EditorAction => ({
    id,
    label,
    keys,
    enabled,
    perform: () => report(label.toLowerCase(), perform()),
  });
  return [
    { id: 'playback.toggle', label: 'Play / pause', keys: ['Space'], enabled: hasProject, perform: playbackActions.toggle },
    { id: 'playback.reverse', label: 'Play backwards', keys: ['J'], enabled: hasProject, perform: () => playbackActions.shuttle(-1) },
    { id: 'playback.stop', label: 'Pause', keys: ['K'], enabled: hasProject, perform: playbackActions.pause },
    { id: 'playback.forward', label: 'Play forwards', keys: ['L'], enabled: hasProject, perform: () => playbackActions.shuttle(1) },
    { id: 'playback.stepBack', label: 'Previous frame', keys: ['ArrowLeft'], repeat: true, enabled: hasProject, perform: () => playbackActions.stepFrames(-1) },
    { id: 'playback.stepForward', label: 'Next frame', keys: ['ArrowRight'], repeat: true, enabled: hasProject, perform: () => playbackActions.stepFrames(1) },
    { id: 'playback.toStart', label: 'Go to start', keys: ['Home'], enabled: hasProject, perform: () => playbackActions.seek(0) },
    { id: 'playback.toEnd', label: 'Go to end', keys: ['End'], enabled: hasProject, perform: () => playbackActions.seek(Number.MAX_SAFE_INTEGER) },
    edit('edit.split', 'Split at playhead', ['S', 'Mod+K'], timelineActions.splitAtPlayhead),
    edit('edit.delete', 'Delete', ['Delete', 'Backspace'], timelineActions.deleteSelected, hasSelection),
    edit('edit.rippleDelete', 'Ripple delete', ['Shift+Delete', 'Shift+Backspace'], timelineActions.rippleDeleteSelected, hasSelection),
    edit('edit.duplicate', 'Duplicate', ['Mod+D'], timelineActions.duplicateSelected, hasSelection),
    edit('edit.undo', 'Undo', ['Mod+Z'], documentActions.undo, canUndo),
    edit('edit.redo', 'Redo', ['Shift+Mod+Z', 'Mod+Y'], documentActions.redo, canRedo),
    { id: 'selection.clear', label: 'Clear selection', keys: ['Escape'], enabled: hasSelection, perform: () => useAppStore.getState().clearSelection() },
    { id: 'timeline.zoomIn', label: 'Zoom timeline in', keys: ['+', '=', 'Mod+='], enabled: hasProject, perform: () => useAppStore.getState().zoomIn() },
    { id: 'timeline.zoomOut', label: 'Zoom timeline out', keys: ['-', 'Mod+-'], enabled: hasProject, perform: () => useAppStore.getState().zoomOut() },
    { id: 'timeline.zoomFit', label: 'Fit timeline', keys: ['Mod+0'], enabled: hasProject, perform: () => useAppStore.getState().setZoomToFit(true) },
    { id: 'project.save', label: 'Save now', keys: ['Mod+S'], inInputs: true, enabled: hasProject, perform: shell.saveNow },
    { id: 'media.import', label: 'Import media', keys: ['Mod+I'], enabled: hasProject, perform: shell.importMedia },
    { id: 'render.export', label: 'Export video', keys: ['Mod+E'], enabled: hasProject, perform: shell.openExport },
    { id: 'project.new', label: 'New project', keys: ['Mod+N'], perform: shell.newProject },
    { id: 'project.open', label: 'Open project', keys: ['Mod+O'], perform: shell.openProjects },
    { id: 'project.importFile', label: 'Import project file', perform: shell.importProjectFile },
    { id: 'project.exportFile', label: 'Save project file', keys: ['Shift+Mod+S'], inInputs: true, enabled: hasProject, perform: shell.exportProjectFile },
    { id: 'settings.open', label: 'Settings', keys: ['Mod+,'], perform: shell.openSettings },
  ];
}

export function registerEditorActions(registry: ActionRegistry, shell: ShellCommands): () => void {
  const removers = editorActions(shell).map((action) => registry.register(action));
  return () => removers.forEach((remove) => remove());
}
