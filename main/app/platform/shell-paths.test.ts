import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { shellPaths, unpackedAsarPath } from './shell-paths';

describe('shellPaths', () => {
  it('points at the checkout in development, with the Electron-ABI SQLite build outside node_modules', () => {
    const root = path.resolve('/repo');
    expect(shellPaths({ mainDir: path.join(root, 'dist', 'main'), isPackaged: false, resourcesPath: '/ignored', platform: 'linux', arch: 'x64' })).toEqual({
      rendererDir: path.join(root, 'dist', 'renderer'),
      preloadPath: path.join(root, 'dist', 'preload', 'index.cjs'),
      sqliteBinding: path.join(root, 'dist-native', 'electron', 'linux-x64', 'better_sqlite3.node'),
      fontsDir: path.join(root, 'resources', 'fonts'),
      bundledBinaries: null,
    });
  });

  it('uses the resources folder once packaged, with .exe on Windows', () => {
    const resources = path.resolve('/opt/Adloom/resources');
    const asar = path.join(resources, 'app.asar');
    expect(shellPaths({ mainDir: path.join(asar, 'dist', 'main'), isPackaged: true, resourcesPath: resources, platform: 'win32', arch: 'x64' })).toEqual({
      rendererDir: path.join(asar, 'dist', 'renderer'),
      preloadPath: path.join(asar, 'dist', 'preload', 'index.cjs'),
      sqliteBinding: path.join(resources, 'native', 'better_sqlite3.node'),
      fontsDir: path.join(resources, 'fonts'),
      bundledBinaries: { ffmpeg: path.join(resources, 'bin', 'ffmpeg.exe'), ffprobe: path.join(resources, 'bin', 'ffprobe.exe') },
    });
  });
});

describe('unpackedAsarPath', () => {
  it('moves a path inside app.asar to app.asar.unpacked and leaves others alone', () => {
    expect(unpackedAsarPath('/opt/Adloom/resources/app.asar/node_modules/ffmpeg-static/ffmpeg')).toBe('/opt/Adloom/resources/app.asar.unpacked/node_modules/ffmpeg-static/ffmpeg');
    expect(unpackedAsarPath('C:\\Adloom\\resources\\app.asar\\node_modules\\x\\ffprobe.exe')).toBe('C:\\Adloom\\resources\\app.asar.unpacked\\node_modules\\x\\ffprobe.exe');
    expect(unpackedAsarPath('/usr/bin/ffmpeg')).toBe('/usr/bin/ffmpeg');
    expect(unpackedAsarPath('/opt/app.asar.unpacked/x')).toBe('/opt/app.asar.unpacked/x');
  });
});
