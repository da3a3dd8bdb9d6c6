import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { shellPaths } from './shell-paths';

interface BuilderConfig {
  npmRebuild?: boolean;
  asarUnpack?: string[];
  electronFuses?: Record<string, boolean>;
  linux?: { target?: string[]; extraResources?: Array<{ from: string; to: string }> };
  mac?: { target?: string; extraResources?: Array<{ from: string; to: string }> };
  win?: { target?: string; extraResources?: Array<{ from: string; to: string }> };
  nsis?: Record<string, unknown>;
}

// electron-builder's own loader and schema check, reached through electron-builder (a direct
// devDependency) so this reads the file exactly as packaging will.
const fromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
const { getConfig, validateConfiguration } = fromBuilder('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: string | null, fromOptions: null): Promise<BuilderConfig>;
  validateConfiguration(config: BuilderConfig, logger: unknown): Promise<void>;
};
const { DebugLogger } = fromBuilder('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');
const load = (): Promise<BuilderConfig> => getConfig(repoRoot, path.join(repoRoot, 'electron-builder.yml'), null);

describe('electron-builder.yml', () => {
  it('passes electron-builder’s schema', async () => {
    await expect(validateConfiguration(await load(), new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('flips the fuses of style-anchors §4.4', async () => {
    expect((await load()).electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds AppImage and deb, dmg, and nsis', async () => {
    const config = await load();
    expect([config.linux?.target, config.mac?.target, config.win?.target]).toEqual([['AppImage', 'deb'], 'dmg', 'nsis']);
  });

  it('never rebuilds node_modules in place and unpacks binaries from asar', async () => {
    const config = await load();
    expect(config.npmRebuild).toBe(false);
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['**/*.node', 'node_modules/ffmpeg-static/**', 'node_modules/@ffprobe-installer/**']));
  });

  it('ships the Electron SQLite build where the packaged shell looks for it', async () => {
    const config = await load();
    const resources = path.resolve('/r');
    const expected = path.relative(resources, path.dirname(shellPaths({ mainDir: '/r/app.asar/dist/main', isPackaged: true, resourcesPath: resources, platform: 'linux', arch: 'x64' }).sqliteBinding));
    for (const [os, platform] of [['linux', 'linux'], ['mac', 'darwin'], ['win', 'win32']] as const) {
      expect(config[os]?.extraResources, os).toEqual([{ from: `dist-native/electron/${platform}-\${arch}`, to: expected, filter: ['better_sqlite3.node'] }]);
    }
  });
});
