import path from 'node:path';
import type { ProjectDocument } from '../../../preload/contract/project';
import type { FfmpegBinaries } from '../ffmpeg/binaries';
import type { ProgressEvent } from '../ffmpeg/progress-parser';
import type { AssetRepository } from '../media/asset';
import { buildMediaResolver } from './media-resolver';
import type { RenderPreset } from './plan/frame-size';
import { renderProject, type RenderProjectResult } from './render-project';
import { cleanStaleTempFiles } from './run/temp-files';

export interface ExportDocumentInput {
  document: ProjectDocument;
  /** Folder that relative media paths resolve against. */
  baseDir: string;
  library?: { dataDir: string; assets: AssetRepository };
  binaries: FfmpegBinaries;
  fontsDir: string;
  target: string;
  preset?: RenderPreset;
  signal?: AbortSignal;
  onProgress?: (event: ProgressEvent) => void;
}

/**
 * The export used by the CLI, the desktop app and browser mode: resolve media, sweep temp files
 * a killed earlier export left beside the target, then render in one pass.
 */
export async function exportDocument(input: ExportDocumentInput): Promise<RenderProjectResult> {
  await cleanStaleTempFiles(path.dirname(input.target));
  const media = await buildMediaResolver({
    document: input.document,
    baseDir: input.baseDir,
    ffprobePath: input.binaries.ffprobe.path,
    ...(input.library ? { library: input.library } : {}),
    ...(input.signal ? { signal: input.signal } : {}),
  });
  return renderProject({
    document: input.document,
    media,
    ffmpegPath: input.binaries.ffmpeg.path,
    ffprobePath: input.binaries.ffprobe.path,
    fontsDir: input.fontsDir,
    target: input.target,
    ...(input.preset ? { preset: input.preset } : {}),
    ...(input.signal ? { signal: input.signal } : {}),
    ...(input.onProgress ? { onProgress: input.onProgress } : {}),
  });
}
