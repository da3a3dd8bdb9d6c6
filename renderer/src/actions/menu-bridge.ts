import type { ApiClient } from '../api';
import type { ActionRegistry } from './action-registry';

/** Menu items that mean the text field's own editing while one has focus. */
const FIELD_COMMANDS: Record<string, 'undo' | 'redo' | 'forwardDelete'> = { 'edit.undo': 'undo', 'edit.redo': 'redo', 'edit.delete': 'forwardDelete' };

export interface MenuBridgeOptions {
  api: ApiClient;
  registry: ActionRegistry;
  /** True while a text field has focus (then Undo/Redo/Delete act on its text). */
  inField?: () => boolean;
  /** Runs the field's own editing command (document.execCommand in the app). */
  fieldCommand?: (command: 'undo' | 'redo' | 'forwardDelete') => void;
  onUnknown?: (action: string) => void;
}

/**
 * The Electron menu sends `menu.action { action }`, where action is an id of the registry, so a
 * menu click and its shortcut run the same code. Its accelerators (Ctrl+Z, Delete) also fire
 * while someone types in a field; then they edit the text, not the timeline.
 */
export function connectMenuActions({ api, registry, inField, fieldCommand, onUnknown }: MenuBridgeOptions): () => void {
  return api.on('menu.action', ({ action }) => {
    const field = FIELD_COMMANDS[action];
    if (field !== undefined && fieldCommand !== undefined && inField?.() === true) return fieldCommand(field);
    if (registry.get(action) === undefined) onUnknown?.(action);
    else registry.run(action);
  });
}
