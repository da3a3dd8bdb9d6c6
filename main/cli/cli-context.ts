import os from 'node:os';
import { resolveFfmpegBinaries, type FfmpegBinaries } from '../core/ffmpeg/binaries';
import { resolveDataDir } from '../core/paths/data-dir';
import { openStore, type Store } from '../core/storage/store';
import type { CliIo } from './cli-io';

/** Lazily opened resources shared by the commands of one CLI run. */
export interface CliContext {
  io: CliIo;
  dataDir(): string;
  store(): Store;
  binaries(): FfmpegBinaries;
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
    close: () => {
      store?.close();
      store = undefined;
    },
  };
}
