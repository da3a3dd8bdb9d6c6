import { locateElectronBinary } from '../../main/cli/electron-binary';

export type ElectronAvailability = { runnable: true; executablePath: string } | { runnable: false; reason: string };

/**
 * Whether the Electron smoke test can run here, decided without require('electron'): that
 * module downloads the binary on first use, which must never happen in a test run. Mirrors
 * node_modules/electron/index.js through the CLI's own lookup (main/cli/electron-binary.ts).
 */
export function electronAvailability({ electronDir, env, platform }: { electronDir: string; env: Record<string, string | undefined>; platform: NodeJS.Platform }): ElectronAvailability {
  const lookup = locateElectronBinary({ electronDir, env });
  if (!lookup.found) return { runnable: false, reason: lookup.reason };
  // A window needs a display; on a headless Linux machine run the suite under `xvfb-run -a`.
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) return { runnable: false, reason: 'no display (DISPLAY/WAYLAND_DISPLAY unset); run under xvfb-run -a' };
  return { runnable: true, executablePath: lookup.path };
}
