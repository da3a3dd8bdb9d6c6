import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The installed package's folder (the one with Adloom's package.json): dist/cli/adloom.js when
 * built, main/cli/*.ts when run from source. Walking up finds it from both.
 */
export function findAppRoot(from: string = path.dirname(fileURLToPath(import.meta.url))): string | null {
  let dir = from;
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    try {
      const pkg = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: unknown };
      if (pkg.name === 'adloom') return dir;
    } catch {
      // no readable package.json here; keep climbing
    }
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** dist/renderer of the app, where `npm run build` puts the page browser mode serves. */
export function rendererDir(appRoot: string): string {
  return path.join(appRoot, 'dist', 'renderer');
}
