import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { abiFromLoadError, planElectronSqlite, stepEnvironment } from './electron-sqlite-plan';

describe('planElectronSqlite', () => {
  const repoRoot = path.resolve('/repo');
  const plan = planElectronSqlite({ repoRoot, electronVersion: '45.4.1', platform: 'linux', arch: 'x64', node: '/usr/bin/node' });

  it('works in a staged copy and writes outside node_modules/better-sqlite3', () => {
    expect(plan.stageDir).toBe(path.join(repoRoot, 'dist-native', 'electron', '.work', 'linux-x64', 'better-sqlite3'));
    expect(plan.outFile).toBe(path.join(repoRoot, 'dist-native', 'electron', 'linux-x64', 'better_sqlite3.node'));
    for (const step of plan.attempts) expect(step.cwd).toBe(plan.stageDir);
    expect(plan.outFile.includes(path.join('node_modules', 'better-sqlite3'))).toBe(false);
  });

  it('tries the Electron prebuild first, then a source build against Electron headers', () => {
    expect(plan.attempts.map((s) => s.args.slice(1))).toEqual([
      ['--runtime=electron', '--target=45.4.1', '--platform=linux', '--arch=x64', '--verbose'],
      ['rebuild', '--release', '--target=45.4.1', '--arch=x64', '--dist-url=https://electronjs.org/headers'],
    ]);
    expect(plan.attempts[0]?.args[0]).toBe(path.join(repoRoot, 'node_modules', 'prebuild-install', 'bin.js'));
  });
});

describe('stepEnvironment', () => {
  it('drops npm config that would retarget the build, keeps the rest', () => {
    expect(stepEnvironment({ PATH: '/bin', npm_config_nodedir: '/usr', NPM_CONFIG_TARGET: '20.0.0', npm_config_runtime: 'node', npm_config_cache: '/c', HOME: undefined })).toEqual({
      PATH: '/bin',
      npm_config_cache: '/c',
    });
  });
});

describe('abiFromLoadError', () => {
  it('reads the ABI a module was built for from Node’s refusal', () => {
    const message =
      "The module '/x/better_sqlite3.node'\nwas compiled against a different Node.js version using\nNODE_MODULE_VERSION 150. This version of Node.js requires\nNODE_MODULE_VERSION 115. Please try re-compiling or re-installing";
    expect(abiFromLoadError(message)).toBe(150);
    expect(abiFromLoadError('Cannot find module')).toBeNull();
  });
});
