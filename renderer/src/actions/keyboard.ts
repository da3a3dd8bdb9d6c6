import type { ActionRegistry } from './action-registry';

const EDITABLE = 'input, textarea, select, [contenteditable=""], [contenteditable="true"]';
const PRESSABLE = 'button, a[href], summary, [role="button"], [role="checkbox"], [role="switch"], [role="menuitem"], [role="tab"], [role="option"]';

/** True when the key belongs to the focused control: typing in a field, Space/Enter on a button. */
export function keyBelongsToControl(target: EventTarget | null, key: string): boolean {
  if (typeof Element === 'undefined' || !(target instanceof Element)) return false;
  if (target.closest(EDITABLE)) return true;
  return (key === ' ' || key === 'Enter') && target.closest(PRESSABLE) !== null;
}

export function isMacPlatform(nav: Pick<Navigator, 'platform' | 'userAgent'>): boolean {
  return /mac|iphone|ipad/i.test(nav.platform || nav.userAgent);
}

/**
 * One keydown listener for the whole editor: it looks the press up in the registry and runs
 * the action. Handlers of focused widgets run first (they are deeper in the tree) and can
 * claim a key with preventDefault; presses inside text fields reach only actions marked inInputs.
 */
export function installKeyboardShortcuts({ registry, target, isMac }: { registry: ActionRegistry; target: Pick<Window, 'addEventListener' | 'removeEventListener'>; isMac: boolean }): () => void {
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.isComposing) return;
    const inInput = keyBelongsToControl(event.target, event.key);
    const action = registry.forKey(event, { isMac, inInput });
    if (!action) return;
    event.preventDefault();
    registry.run(action.id);
  };
  target.addEventListener('keydown', onKeyDown);
  return () => target.removeEventListener('keydown', onKeyDown);
}
