import path from 'node:path';

export interface ElectronSqlitePlanInput {
  repoRoot: string;
  /** Electron version from node_modules/electron/package.json, e.g. "45.4.1". */
  electronVersion: string;
  platform: NodeJS.Platform;
  arch: string;
  /** The script's own Node (process.execPath), used to run prebuild-install and node-gyp. */
  node: string;
}

export interface PlannedStep {
  what: string;
  command: string;
  args: string[];
  cwd: string;
}

export interface ElectronSqlitePlan {
  /** A private copy of node_modules/better-sqlite3; the original is never written to. */
  stageDir: string;
  /** Where the copy's build lands. */
  builtFile: string;
  /** What the desktop shell loads in development (platform/shell-paths.ts) and packaging ships. */
  outFile: string;
  /** Tried in order; the first that succeeds wins. */
  attempts: PlannedStep[];
}

/**
 * How to get better_sqlite3.node for Electron's ABI without touching the Node build in
 * node_modules that the tests, the CLI and browser mode load. electron-builder's own rebuild
 * (and @electron/rebuild, and `prebuild-install` run inside the package) all rebuild *in place*,
 * which is exactly the trap (style-anchors §3.6 notes): so both attempts run in a staged copy.
 *  1. prebuild-install fetches the prebuilt binary better-sqlite3 publishes for this Electron ABI.
 *  2. Otherwise node-gyp compiles it against Electron's headers (needs a C++ toolchain).
 */
export function planElectronSqlite({ repoRoot, electronVersion, platform, arch, node }: ElectronSqlitePlanInput): ElectronSqlitePlan {
  const target = `${platform}-${arch}`;
  const stageDir = path.join(repoRoot, 'dist-native', 'electron', '.work', target, 'better-sqlite3');
  const modules = path.join(repoRoot, 'node_modules');
  return {
    stageDir,
    builtFile: path.join(stageDir, 'build', 'Release', 'better_sqlite3.node'),
    outFile: path.join(repoRoot, 'dist-native', 'electron', target, 'better_sqlite3.node'),
    attempts: [
      {
        what: `download the prebuilt better-sqlite3 for Electron ${electronVersion} (${target})`,
        command: node,
        args: [path.join(modules, 'prebuild-install', 'bin.js'), '--runtime=electron', `--target=${electronVersion}`, `--platform=${platform}`, `--arch=${arch}`, '--verbose'],
        cwd: stageDir,
      },
      {
        what: `compile better-sqlite3 against the Electron ${electronVersion} headers (${target})`,
        command: node,
        args: [
          path.join(modules, 'node-gyp', 'bin', 'node-gyp.js'),
          'rebuild',
          '--release',
          `--target=${electronVersion}`,
          `--arch=${arch}`,
          // As Electron's "Using Native Node Modules" guide builds by hand.
          '--dist-url=https://electronjs.org/headers',
        ],
        cwd: stageDir,
      },
    ],
  };
}

/**
 * The environment the steps run in. npm exports its config as npm_config_* variables when a
 * script runs through `npm run`, and node-gyp/prebuild-install read them: a user-level
 * `nodedir` (this machine's ~/.npmrc sets nodedir=/usr) would silently build against plain
 * Node's headers. So every npm_config_* that picks the target is dropped.
 */
export function stepEnvironment(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const dropped = /^npm_config_(nodedir|target|runtime|disturl|dist_url|arch|target_arch|platform|build_from_source|devdir)$/i;
  const clean: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) if (value !== undefined && !dropped.test(key)) clean[key] = value;
  return clean;
}

/**
 * Plain Node refuses a module built for another ABI with a message naming the module's
 * NODE_MODULE_VERSION; that number tells whether the build really targets Electron.
 */
export function abiFromLoadError(message: string): number | null {
  const match = /compiled against a different Node\.js version using\s+NODE_MODULE_VERSION (\d+)/.exec(message);
  return match ? Number(match[1]) : null;
}
