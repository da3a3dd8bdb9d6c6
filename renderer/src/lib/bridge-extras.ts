import { BRIDGE_GLOBAL, type AdloomBridge } from '../../../preload/contract/api';

/**
 * The real path of a dropped or picked File in Electron (the preload's webUtils.getPathForFile;
 * contextIsolation hides File.path). Null in a browser, for files the page made itself, and
 * with an older preload that lacks the helper.
 */
export function bridgePathForFile(file: File): string | null {
  const bridge = (window as unknown as Record<string, Partial<AdloomBridge> | undefined>)[BRIDGE_GLOBAL];
  if (typeof bridge?.pathForFile !== 'function') return null;
  const path = bridge.pathForFile(file);
  return typeof path === 'string' && path.length > 0 ? path : null;
}
