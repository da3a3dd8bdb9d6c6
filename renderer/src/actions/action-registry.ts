import { matchesKey, parseKeySpec, type KeyPress, type KeySpec } from './key-match';

/**
 * One user operation, shared by shortcuts, the Electron menu (menu.action) and buttons
 * (Excalidraw's action registry). `id`s that the menu sends are listed in
 * main/app/menu/menu-actions.ts.
 */
export interface EditorAction {
  id: string;
  label: string;
  /** Shortcut specs (see key-match.ts); the first is the one shown in tooltips. */
  keys?: readonly string[];
  /** Runs also while a text field has focus (e.g. save); off by default so typing is never hijacked. */
  inInputs?: boolean;
  /** Runs again while the key is held (frame stepping); off by default. */
  repeat?: boolean;
  enabled?: () => boolean;
  perform: () => void | Promise<void>;
}

export interface ActionRegistry {
  register(action: EditorAction): () => void;
  get(id: string): EditorAction | undefined;
  list(): EditorAction[];
  /** Runs an action by id when it exists and is enabled; true when it ran. */
  run(id: string): boolean;
  /** The enabled action a key press triggers, if any. */
  forKey(press: KeyPress & { repeat?: boolean }, context: { isMac: boolean; inInput: boolean }): EditorAction | undefined;
}

export function createActionRegistry(): ActionRegistry {
  const actions = new Map<string, { action: EditorAction; specs: KeySpec[] }>();
  const enabled = (a: EditorAction): boolean => a.enabled?.() ?? true;
  return {
    register(action) {
      if (actions.has(action.id)) throw new Error(`action "${action.id}" is registered twice`);
      actions.set(action.id, { action, specs: (action.keys ?? []).map(parseKeySpec) });
      return () => void actions.delete(action.id);
    },
    get: (id) => actions.get(id)?.action,
    list: () => [...actions.values()].map((a) => a.action),
    run(id) {
      const action = actions.get(id)?.action;
      if (!action || !enabled(action)) return false;
      void action.perform();
      return true;
    },
    forKey(press, { isMac, inInput }) {
      for (const { action, specs } of actions.values()) {
        if (inInput && !action.inInputs) continue;
        if (press.repeat === true && !action.repeat) continue;
        if (specs.some((spec) => matchesKey(spec, press, isMac)) && enabled(action)) return action;
      }
      return undefined;
    },
  };
}
