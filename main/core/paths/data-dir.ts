import path from 'node:path';

export interface DataDirInput {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  homedir: string;
}

/** The product name Electron uses for its userData folder (package.json productName). */
export const APP_FOLDER_NAME = 'Adloom';

/**
 * Where adloom.db and media/ live. ADLOOM_HOME wins; otherwise the folder Electron's
 * app.getPath('userData') would give, so the CLI, browser mode and the desktop app share one
 * library. Electron's appData is %APPDATA% on Windows, ~/Library/Application Support on macOS
 * and $XDG_CONFIG_HOME (default ~/.config) on Linux.
 */
export function resolveDataDir({ env, platform, homedir }: DataDirInput): string {
  const override = env.ADLOOM_HOME?.trim();
  if (override) return path.resolve(override);
  if (platform === 'win32') {
    const appData = env.APPDATA ?? path.join(homedir, 'AppData', 'Roaming');
    return path.win32.join(appData, APP_FOLDER_NAME);
  }
  if (platform === 'darwin') return path.join(homedir, 'Library', 'Application Support', APP_FOLDER_NAME);
  const config = env.XDG_CONFIG_HOME?.trim() || path.join(homedir, '.config');
  return path.join(config, APP_FOLDER_NAME);
}

/** The layout inside a data directory. */
export function dataDirLayout(dataDir: string): { dataDir: string; dbPath: string; mediaDir: string; cacheDir: string } {
  return {
    dataDir,
    dbPath: path.join(dataDir, 'adloom.db'),
    mediaDir: path.join(dataDir, 'media'),
    cacheDir: path.join(dataDir, 'cache'),
  };
}
