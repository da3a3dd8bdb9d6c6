import { isMacPlatform } from '../actions';

/** Whether shortcuts use ⌘ (macOS) or Ctrl. */
export const isMac = typeof navigator !== 'undefined' && isMacPlatform(navigator);
