import fs from 'node:fs';
import path from 'node:path';

export type ElectronAvailability = { runnable: true; executablePath: string } | { runnable: false; reason: string };

/**
 * Whether the Electron smoke test can run here, decided without require('electron'): that
 * module downloads the binary on first use, which must never happen in a test run. Mirrors
 * node_modules/electron/index.js: path.txt names the executable inside dist/.
 */
export function electronAvailability({ electronDir, env, platform }: { electronDir: string; env: Record<string, string | undefined>; platform: NodeJS.Platform }): ElectronAvailability {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return { runnable: false, reason: `Electron binary not installed (${pathFile} is missing: its download never ran)` };
  const relative = fs.readFileSync(pathFile, 'utf8').trim();
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(electronDir, 'dist');
  const executablePath = path.join(distDir, relative);
  if (!fs.existsSync(executablePath)) return { runnable: false, reason: `Electron binary not installed (${executablePath} does not exist)` };
  // A window needs a display; on a headless Linux machine run the suite under `xvfb-run -a`.
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) return { runnable: false, reason: 'no display (DISPLAY/WAYLAND_DISPLAY unset); run under xvfb-run -a' };
  return { runnable: true, executablePath };
}
