import os from 'node:os';
import path from 'node:path';
import { resolveFfmpegBinaries, type FfmpegBinaries } from '../core/ffmpeg/binaries';
import { resolveDataDir } from '../core/paths/data-dir';
import { AppError } from '../core/shared/app-error';
import { openStore, type Store } from '../core/storage/store';
import { findAppRoot } from './app-root';
import type { CliIo } from './cli-io';

/** Lazily opened resources shared by the commands of one CLI run. */
export interface CliContext {
  io: CliIo;
  dataDir(): string;
  store(): Store;
  binaries(): FfmpegBinaries;
  /** The bundled fonts (resources/fonts) the export and the preview share. */
  fontsDir(): string;
  /** A path as the user typed it, made absolute against the CLI's working directory. */
  resolvePath(p: string): string;
  close(): void;
}

export function createCliContext(io: CliIo): CliContext {
  let store: Store | undefined;
  let binaries: FfmpegBinaries | undefined;
  const dataDir = (): string => resolveDataDir({ env: io.env, platform: process.platform, homedir: os.homedir() });
  return {
    io,
    dataDir,
    store: () => (store ??= openStore({ dataDir: dataDir() })),
    binaries: () => (binaries ??= resolveFfmpegBinaries({ env: io.env })),
    resolvePath: (p) => path.resolve(io.cwd, p),
    fontsDir: () => {
      const root = findAppRoot();
      if (!root) throw new AppError('NOT_FOUND', 'The Adloom install folder (with resources/fonts) was not found.');
      return path.join(root, 'resources', 'fonts');
    },
    close: () => {
      store?.close();
      store = undefined;
    },
  };
}
