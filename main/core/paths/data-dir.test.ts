import { describe, expect, it } from 'vitest';
import { dataDirLayout, resolveDataDir } from './data-dir';

describe('resolveDataDir', () => {
  it('honours ADLOOM_HOME', () => {
    expect(resolveDataDir({ env: { ADLOOM_HOME: '/tmp/x' }, platform: 'linux', homedir: '/home/a' })).toBe('/tmp/x');
  });
  it('matches Electron userData on each platform', () => {
    expect(resolveDataDir({ env: {}, platform: 'linux', homedir: '/home/a' })).toBe('/home/a/.config/Adloom');
    expect(resolveDataDir({ env: { XDG_CONFIG_HOME: '/cfg' }, platform: 'linux', homedir: '/home/a' })).toBe('/cfg/Adloom');
    expect(resolveDataDir({ env: {}, platform: 'darwin', homedir: '/Users/a' })).toBe('/Users/a/Library/Application Support/Adloom');
    expect(resolveDataDir({ env: { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, platform: 'win32', homedir: 'C:\\Users\\a' })).toBe('C:\\Users\\a\\AppData\\Roaming\\Adloom');
  });
  it('lays out the db and media folder inside', () => {
    expect(dataDirLayout('/d')).toEqual({ dataDir: '/d', dbPath: '/d/adloom.db', mediaDir: '/d/media', cacheDir: '/d/cache' });
  });
});
