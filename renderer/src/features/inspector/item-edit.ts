import { editActions, type EditResult } from '../../stores';

/** Undo labels people read in the Undo tooltip ("Undo Edit text colour"). */
const LABELS: Record<string, string> = {
  text: 'Edit text',
  style: 'Change text style',
  animation: 'Change fades',
  position: 'Move overlay',
  startMs: 'Change start',
  durationMs: 'Change duration',
  title: 'Edit title',
  subtitle: 'Edit subtitle',
  titleColor: 'Change title colour',
  background: 'Change background',
  motion: 'Change camera move',
  volume: 'Change volume',
  fadeInMs: 'Change fade in',
  fadeOutMs: 'Change fade out',
  'style.color': 'Change text colour',
  'style.size': 'Change text size',
  'animation.fadeInMs': 'Change fade in',
  'animation.fadeOutMs': 'Change fade out',
  'motion.intensity': 'Change motion intensity',
  trim: 'Trim',
};

/** "style.outline.color" → its own label, else its group's ("Change text style"), else from the name. */
export function editLabel(key: string): string {
  const group = key.split('.')[0] ?? key;
  return LABELS[key] ?? LABELS[group] ?? `Change ${group.replace(/([A-Z])/g, ' $1').toLowerCase()}`;
}

export interface ItemEditor {
  /** A continuous edit (typing, sliding): repeated edits of `key` make one undo step. */
  set(key: string, value: unknown): EditResult;
  /** A one-off choice: its own undo step. */
  pick(key: string, value: unknown): EditResult;
  /** Several fields at once (a trim moves in and out together), merged under `key`. */
  setMany(key: string, changes: Record<string, unknown>): EditResult;
}

/** Edits of one item through editActions.updateItem; nested groups (style, motion …) are passed whole. */
export function itemEditor(id: string): ItemEditor {
  return {
    set: (key, value) => editActions.updateItem(id, { [key]: value }, { mergeKey: `${id}:${key}`, label: editLabel(key) }),
    pick: (key, value) => editActions.updateItem(id, { [key]: value }, { label: editLabel(key) }),
    setMany: (key, changes) => editActions.updateItem(id, changes, { mergeKey: `${id}:${key}`, label: editLabel(key) }),
  };
}

/** The same for project settings (brand and audio are passed whole; `key` tells their parts apart). */
export const settingsEditor = {
  set: (key: string, changes: Record<string, unknown>): EditResult => editActions.updateSettings(changes, { mergeKey: `settings:${key}`, label: `Change ${key.replace(/\./g, ' ')}` }),
  pick: (key: string, changes: Record<string, unknown>): EditResult => editActions.updateSettings(changes, { label: `Change ${key}` }),
};
