import fs from 'node:fs';
import path from 'node:path';
import type { SavedWindowState } from './window-bounds';

/**
 * The remembered window state, as JSON beside the library. Reading never throws: a missing or
 * corrupt file means "no saved state" (restoreWindow validates the contents).
 */
export function readWindowState(filePath: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(filePath, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Synchronous on purpose: it runs in the window's 'close' handler, and the process may exit
 * right after. Temp file + rename, so a crash mid-write leaves the old state, not half a file.
 */
export function writeWindowState(filePath: string, state: SavedWindowState): void {
  fs.mkdirSync(path.dirname(filePath), { recursive: true });
  const temp = `${filePath}.${process.pid}.tmp`;
  fs.writeFileSync(temp, `${JSON.stringify(state)}\n`, 'utf8');
  fs.renameSync(temp, filePath);
}
