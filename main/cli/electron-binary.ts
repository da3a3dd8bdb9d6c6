import fs from 'node:fs';
import path from 'node:path';

/**
 * The Electron executable npm installed, or null. The electron package writes the binary's
 * path (relative to its dist/ folder) to path.txt after its download succeeds; without the
 * download there is no path.txt. require('electron') is avoided on purpose: in plain Node it
 * would try to download the binary.
 */
export function findElectronBinary(appRoot: string): string | null {
  const pkgDir = path.join(appRoot, 'node_modules', 'electron');
  let relative: string;
  try {
    relative = fs.readFileSync(path.join(pkgDir, 'path.txt'), 'utf8').trim();
  } catch {
    return null;
  }
  if (relative === '') return null;
  const binary = path.join(pkgDir, 'dist', relative);
  try {
    return fs.statSync(binary).isFile() ? binary : null;
  } catch {
    return null;
  }
}
