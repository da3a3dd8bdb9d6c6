export { createActionRegistry, type ActionRegistry, type EditorAction } from './action-registry';
export { editorActions, registerEditorActions, type ShellCommands } from './editor-actions';
export { installKeyboardShortcuts, isMacPlatform, keyBelongsToControl } from './keyboard';
export { connectMenuActions } from './menu-bridge';
export { formatKeySpec, matchesKey, parseKeySpec, type KeyPress, type KeySpec } from './key-match';
