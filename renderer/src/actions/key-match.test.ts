import { describe, expect, it } from 'vitest';
import { formatKeySpec, matchesKey, parseKeySpec, type KeyPress } from './key-match';

const press = (key: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });
const matches = (spec: string, p: KeyPress, isMac = false): boolean => matchesKey(parseKeySpec(spec), p, isMac);

describe('parseKeySpec', () => {
  it('reads modifiers, aliases and the plus key', () => {
    expect(parseKeySpec('Shift+Mod+Z')).toEqual({ key: 'z', mod: true, ctrl: false, shift: true, alt: false });
    expect(parseKeySpec('Space')).toEqual({ key: ' ', mod: false, ctrl: false, shift: false, alt: false });
    expect(parseKeySpec('+')).toEqual({ key: '+', mod: false, ctrl: false, shift: false, alt: false });
    expect(parseKeySpec('Mod++').key).toBe('+');
  });
});

describe('matchesKey', () => {
  it('maps Mod to Ctrl off macOS and to ⌘ on macOS', () => {
    expect(matches('Mod+Z', press('z', { ctrlKey: true }))).toBe(true);
    expect(matches('Mod+Z', press('z', { metaKey: true }))).toBe(false);
    expect(matches('Mod+Z', press('z', { metaKey: true }), true)).toBe(true);
    expect(matches('Mod+Z', press('z', { ctrlKey: true }), true)).toBe(false);
  });

  it('needs the exact modifiers: Mod+Z is not Shift+Mod+Z, Delete is not Shift+Delete', () => {
    expect(matches('Mod+Z', press('Z', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(matches('Shift+Mod+Z', press('Z', { ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(matches('Delete', press('Delete', { shiftKey: true }))).toBe(false);
    expect(matches('Shift+Delete', press('Delete', { shiftKey: true }))).toBe(true);
    expect(matches('S', press('s', { altKey: true }))).toBe(false);
  });

  it('ignores Shift for symbol keys the layout types with Shift ("+")', () => {
    expect(matches('+', press('+', { shiftKey: true }))).toBe(true);
    expect(matches('-', press('-'))).toBe(true);
    expect(matches('+', press('+', { ctrlKey: true }))).toBe(false);
  });

  it('matches letters by physical key on other layouts, and Space by its key', () => {
    expect(matches('Mod+Z', { ...press('я', { ctrlKey: true }), code: 'KeyZ' })).toBe(true);
    expect(matches('Space', press(' '))).toBe(true);
    expect(matches('J', press('j'))).toBe(true);
    expect(matches('ArrowLeft', press('ArrowLeft'))).toBe(true);
  });
});

describe('formatKeySpec', () => {
  it('shows shortcuts the way each platform writes them', () => {
    expect(formatKeySpec('Shift+Mod+Z', false)).toBe('Ctrl+Shift+Z');
    expect(formatKeySpec('Shift+Mod+Z', true)).toBe('⇧⌘Z');
    expect(formatKeySpec('ArrowLeft', false)).toBe('←');
    expect(formatKeySpec('Space', true)).toBe('Space');
  });
});
