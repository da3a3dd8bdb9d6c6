import path from 'node:path';

export interface ShellPathsInput {
  /** Folder of the built main entry (dist/main), from import.meta.url. */
  mainDir: string;
  isPackaged: boolean;
  /** process.resourcesPath (the packaged app's resources folder). */
  resourcesPath: string;
  platform: NodeJS.Platform;
  arch: string;
}

export interface ShellPaths {
  rendererDir: string;
  preloadPath: string;
  /**
   * better_sqlite3.node built for Electron's ABI. The copy in node_modules is built for plain
   * Node (tests, CLI, browser mode) and must stay so; see native/README.md.
   */
  sqliteBinding: string;
  /** The fonts previews and exports draw text with (resources/fonts; extraResources once packaged). */
  fontsDir: string;
  /** The packaged FFmpeg and ffprobe, or null in development (core resolves them then). */
  bundledBinaries: { ffmpeg: string; ffprobe: string } | null;
}

/**
 * Every path the shell needs, for development (repo checkout) and the packaged app
 * (electron-builder layout: dist/ inside app.asar, extraResources beside it).
 */
export function shellPaths({ mainDir, isPackaged, resourcesPath, platform, arch }: ShellPathsInput): ShellPaths {
  const distDir = path.resolve(mainDir, '..');
  const exe = platform === 'win32' ? '.exe' : '';
  return {
    rendererDir: path.join(distDir, 'renderer'),
    preloadPath: path.join(distDir, 'preload', 'index.cjs'),
    sqliteBinding: isPackaged
      ? path.join(resourcesPath, 'native', 'better_sqlite3.node')
      : path.join(distDir, '..', 'dist-native', 'electron', `${platform}-${arch}`, 'better_sqlite3.node'),
    fontsDir: isPackaged ? path.join(resourcesPath, 'fonts') : path.join(distDir, '..', 'resources', 'fonts'),
    bundledBinaries: isPackaged
      ? { ffmpeg: path.join(resourcesPath, 'bin', `ffmpeg${exe}`), ffprobe: path.join(resourcesPath, 'bin', `ffprobe${exe}`) }
      : null,
  };
}

/**
 * npm packages that ship binaries resolve to a path inside app.asar once packaged, where no
 * executable can run; electron-builder unpacks them (asarUnpack) to app.asar.unpacked.
 */
export function unpackedAsarPath(filePath: string): string {
  return filePath.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
}
