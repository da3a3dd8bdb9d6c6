/**
 * `npm run rebuild:electron` (tsx main/app/native/rebuild-sqlite-for-electron.ts [--arch=arm64]):
 * puts a better_sqlite3.node built for Electron's ABI at
 * dist-native/electron/<platform>-<arch>/better_sqlite3.node, where the desktop shell loads it
 * (openStore's nativeBinding) and electron-builder packages it from. node_modules/better-sqlite3
 * is only read, so the plain-Node build the tests and the CLI use keeps working.
 * Plain Node: never imports 'electron' (which would try to download Electron's binary).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { abiFromLoadError, planElectronSqlite, stepEnvironment } from './electron-sqlite-plan';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const readJson = (file: string): Record<string, unknown> => JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
const argValue = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];

const electronDir = path.join(repoRoot, 'node_modules', 'electron');
const electronVersion = String(readJson(path.join(electronDir, 'package.json')).version);
const expectedAbi = Number(fs.readFileSync(path.join(electronDir, 'abi_version'), 'utf8').trim());
const plan = planElectronSqlite({ repoRoot, electronVersion, platform: (argValue('platform') as NodeJS.Platform | undefined) ?? process.platform, arch: argValue('arch') ?? process.arch, node: process.execPath });

// A fresh copy of the package sources, without the Node build in build/.
const source = path.join(repoRoot, 'node_modules', 'better-sqlite3');
fs.rmSync(plan.stageDir, { recursive: true, force: true });
fs.cpSync(source, plan.stageDir, { recursive: true, filter: (file) => path.relative(source, file).split(path.sep)[0] !== 'build' });

const env = stepEnvironment(process.env);
const built = plan.attempts.some((step) => {
  console.log(`\n[rebuild:electron] ${step.what}`);
  const result = spawnSync(step.command, step.args, { cwd: step.cwd, env, stdio: 'inherit' });
  return result.status === 0 && fs.existsSync(plan.builtFile);
});
if (!built) {
  console.error(`\n[rebuild:electron] failed: no prebuilt binary could be downloaded and the source build did not succeed (see above). It needs network access to GitHub or electronjs.org, and a C++ toolchain for the source build.`);
  process.exit(1);
}

// Only cross-check the ABI when the build is for this machine (a foreign binary cannot be loaded at all).
if (plan.outFile.includes(`${process.platform}-${process.arch}`)) {
  try {
    createRequire(import.meta.url)(plan.builtFile);
    console.error(`[rebuild:electron] failed: ${plan.builtFile} loads in plain Node ${process.version}, so it was built for Node, not Electron ${electronVersion}.`);
    process.exit(1);
  } catch (err) {
    const abi = abiFromLoadError((err as Error).message);
    if (abi !== expectedAbi) {
      console.error(`[rebuild:electron] failed: expected NODE_MODULE_VERSION ${expectedAbi} (Electron ${electronVersion}), got ${abi ?? 'an unexpected error'}: ${(err as Error).message}`);
      process.exit(1);
    }
  }
}
fs.mkdirSync(path.dirname(plan.outFile), { recursive: true });
fs.copyFileSync(plan.builtFile, plan.outFile);
console.log(`[rebuild:electron] wrote ${path.relative(repoRoot, plan.outFile)} (NODE_MODULE_VERSION ${expectedAbi}, Electron ${electronVersion})`);
