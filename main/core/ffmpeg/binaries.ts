import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { AppError } from '../shared/app-error';

export type BinaryName = 'ffmpeg' | 'ffprobe';
export type BinarySource = 'env' | 'bundled' | 'path';

export interface ResolvedBinary {
  name: BinaryName;
  path: string;
  source: BinarySource;
}

export interface FfmpegBinaries {
  ffmpeg: ResolvedBinary;
  ffprobe: ResolvedBinary;
}

export interface ResolveOptions {
  env?: Record<string, string | undefined>;
  platform?: NodeJS.Platform;
  /** Overrides the bundled-package lookup (tests; the packaged app passes resources/bin). */
  bundled?: (name: BinaryName) => string | null;
}

const ENV_VARS: Record<BinaryName, string> = { ffmpeg: 'ADLOOM_FFMPEG', ffprobe: 'ADLOOM_FFPROBE' };
const require = createRequire(import.meta.url);

function isExecutableFile(file: string): boolean {
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) return false;
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The npm packages that ship binaries. ffmpeg-static is an optionalDependency: its install
 * script downloads the binary and fails offline, in which case the package is absent or its
 * path points at nothing; either way we fall through to PATH.
 */
export function bundledBinary(name: BinaryName): string | null {
  try {
    if (name === 'ffmpeg') {
      const p: unknown = require('ffmpeg-static');
      return typeof p === 'string' ? p : null;
    }
    const mod: unknown = require('@ffprobe-installer/ffprobe');
    const p = (mod as { path?: unknown } | null)?.path;
    return typeof p === 'string' ? p : null;
  } catch {
    return null;
  }
}

function searchPath(name: BinaryName, env: Record<string, string | undefined>, platform: NodeJS.Platform): string[] {
  const sep = platform === 'win32' ? ';' : ':';
  const exe = platform === 'win32' ? `${name}.exe` : name;
  return (env.PATH ?? '').split(sep).filter(Boolean).map((dir) => path.join(dir, exe));
}

/**
 * Finds one binary in the order env override → bundled package → PATH. The error names every
 * place tried, so a person can see why nothing was found.
 */
export function resolveBinary(name: BinaryName, opts: ResolveOptions = {}): ResolvedBinary {
  const env = opts.env ?? process.env;
  const platform = opts.platform ?? process.platform;
  const tried: string[] = [];

  const override = env[ENV_VARS[name]]?.trim();
  if (override) {
    if (isExecutableFile(override)) return { name, path: override, source: 'env' };
    // An explicit override that is wrong is an error, not a reason to silently use another binary.
    throw new AppError('BINARY_MISSING', `${ENV_VARS[name]} is set to "${override}", which is not an executable file.`, { name, tried: [override] });
  }
  tried.push(`${ENV_VARS[name]} (not set)`);

  const bundled = (opts.bundled ?? bundledBinary)(name);
  if (bundled && isExecutableFile(bundled)) return { name, path: bundled, source: 'bundled' };
  tried.push(bundled ? `bundled package: ${bundled} (missing)` : `bundled package (${name === 'ffmpeg' ? 'ffmpeg-static' : '@ffprobe-installer/ffprobe'} not installed)`);

  for (const candidate of searchPath(name, env, platform)) {
    if (isExecutableFile(candidate)) return { name, path: candidate, source: 'path' };
  }
  tried.push(`PATH (${(env.PATH ?? '').split(platform === 'win32' ? ';' : ':').filter(Boolean).join(', ') || 'empty'})`);

  throw new AppError(
    'BINARY_MISSING',
    `${name} was not found. Tried: ${tried.join('; ')}. Install FFmpeg (e.g. "apt-get install ffmpeg") or set ${ENV_VARS[name]}.`,
    { name, tried },
  );
}

export function resolveFfmpegBinaries(opts: ResolveOptions = {}): FfmpegBinaries {
  return { ffmpeg: resolveBinary('ffmpeg', opts), ffprobe: resolveBinary('ffprobe', opts) };
}
