import fs from 'node:fs';
import path from 'node:path';

export type ElectronBinaryLookup = { found: true; path: string } | { found: false; reason: string };

/**
 * Where npm's electron package says its executable is, read as plain files. The package writes
 * the binary's path (relative to its dist/ folder, or ELECTRON_OVERRIDE_DIST_PATH) to path.txt
 * after its download succeeds. The electron module itself is never loaded: in plain Node it would
 * try to download the binary.
 */
export function locateElectronBinary({ electronDir, env = {} }: { electronDir: string; env?: Record<string, string | undefined> }): ElectronBinaryLookup {
  const pathFile = path.join(electronDir, 'path.txt');
  let relative: string;
  try {
    relative = fs.readFileSync(pathFile, 'utf8').trim();
  } catch {
    return { found: false, reason: `Electron binary not installed (${pathFile} is missing: its download never ran)` };
  }
  const binary = path.join(env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(electronDir, 'dist'), relative);
  let isFile = false;
  try {
    isFile = relative !== '' && fs.statSync(binary).isFile();
  } catch {
    isFile = false;
  }
  return isFile ? { found: true, path: binary } : { found: false, reason: `Electron binary not installed (${binary} does not exist)` };
}

/** The Electron executable installed beside the app, or null. */
export function findElectronBinary(appRoot: string): string | null {
  const lookup = locateElectronBinary({ electronDir: path.join(appRoot, 'node_modules', 'electron') });
  return lookup.found ? lookup.path : null;
}
