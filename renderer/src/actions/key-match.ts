/**
 * Shortcut specs are written like menu accelerators: "Mod+Z", "Shift+Mod+Z", "Ctrl+Y", "Space",
 * "ArrowLeft", "Shift+Delete", "+". Mod is ⌘ on macOS and Ctrl elsewhere.
 */
export interface KeySpec {
  key: string;
  mod: boolean;
  ctrl: boolean;
  shift: boolean;
  alt: boolean;
}

/** The parts of a KeyboardEvent the match reads (so tests need no DOM). */
export interface KeyPress {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

const ALIASES: Record<string, string> = { space: ' ', esc: 'escape', del: 'delete', plus: '+', minus: '-' };

export function parseKeySpec(spec: string): KeySpec {
  // "+" alone (or "Shift++") is the plus key, not a separator.
  const parts = spec === '+' ? ['+'] : spec.endsWith('++') ? [...spec.slice(0, -2).split('+'), '+'] : spec.split('+');
  const key = (parts.pop() ?? '').toLowerCase();
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  return { key: ALIASES[key] ?? key, mod: mods.has('mod'), ctrl: mods.has('ctrl'), shift: mods.has('shift'), alt: mods.has('alt') };
}

const isLetter = (key: string): boolean => /^[a-z]$/.test(key);

/**
 * True when the press is exactly this shortcut. Letters also match by physical key (KeyZ) so
 * non-Latin layouts work; for symbol keys like "+" the Shift state is ignored unless the spec
 * names Shift, because typing "+" needs Shift on many layouts.
 */
export function matchesKey(spec: KeySpec, press: KeyPress, isMac: boolean): boolean {
  const ctrlWanted = spec.ctrl || (spec.mod && !isMac);
  const metaWanted = spec.mod && isMac;
  if (press.ctrlKey !== ctrlWanted || press.metaKey !== metaWanted || press.altKey !== spec.alt) return false;
  const key = press.key.toLowerCase();
  const symbol = key.length === 1 && !isLetter(key) && key !== ' ';
  if (!(symbol && !spec.shift) && press.shiftKey !== spec.shift) return false;
  if (key === spec.key) return true;
  return isLetter(spec.key) && press.code === `Key${spec.key.toUpperCase()}`;
}

/** "Mod+Shift+Z" as a person reads it on this platform: "⌘⇧Z" or "Ctrl+Shift+Z". */
export function formatKeySpec(spec: string, isMac: boolean): string {
  const s = parseKeySpec(spec);
  const names: Record<string, string> = { ' ': 'Space', arrowleft: '←', arrowright: '→', arrowup: '↑', arrowdown: '↓', delete: 'Delete', backspace: 'Backspace', escape: 'Esc' };
  const key = names[s.key] ?? s.key.toUpperCase();
  if (isMac) return `${s.ctrl ? '⌃' : ''}${s.alt ? '⌥' : ''}${s.shift ? '⇧' : ''}${s.mod ? '⌘' : ''}${key}`;
  return [...(s.ctrl || s.mod ? ['Ctrl'] : []), ...(s.alt ? ['Alt'] : []), ...(s.shift ? ['Shift'] : []), key].join('+');
}
