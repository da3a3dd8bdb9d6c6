import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ProjectDocument } from '../../../preload/contract/project';
import type { ProgressEvent } from '../ffmpeg/progress-parser';
import { AppError } from '../shared/app-error';
import { buildFfmpegArgs } from './args/build-ffmpeg-args';
import type { RenderPreset } from './plan/frame-size';
import { planRender } from './plan/plan-render';
import type { MediaResolver, RenderPlan } from './plan/render-plan';
import { exportToFile } from './run/export-file';

export interface RenderProjectInput {
  document: ProjectDocument;
  media: MediaResolver;
  preset?: RenderPreset;
  ffmpegPath: string;
  ffprobePath: string;
  /** resources/fonts. */
  fontsDir: string;
  target: string;
  signal?: AbortSignal;
  onProgress?: (event: ProgressEvent) => void;
  /** Where the temporary work dir is made (default: the OS temp dir). */
  workDirParent?: string;
}

export interface RenderProjectResult {
  path: string;
  durationMs: number;
  width: number;
  height: number;
  /** What the planner adjusted rather than refused (unknown fonts, overlays past the end, …). */
  warnings: string[];
}

async function writeTextFiles(workDir: string, files: RenderPlan['textFiles']): Promise<void> {
  try {
    await Promise.all(files.map((file) => fs.writeFile(path.join(workDir, file.name), file.content, 'utf8')));
  } catch (err) {
    throw new AppError('IO_ERROR', `Writing the export's text files in ${workDir} failed (${err instanceof Error ? err.message : String(err)}).`, { workDir }, { cause: err });
  }
}

/**
 * Plans the document, writes the text files drawtext reads into a fresh work dir, renders in one
 * FFmpeg pass to a temp file beside `target`, checks it with ffprobe and moves it into place.
 * The work dir is removed whatever happens.
 */
export async function renderProject(input: RenderProjectInput): Promise<RenderProjectResult> {
  const plan = planRender({ document: input.document, media: input.media, fontsDir: input.fontsDir, ...(input.preset ? { preset: input.preset } : {}) });
  const { width, height, fps, durationMs } = plan.output;
  const workDir = await fs.mkdtemp(path.join(input.workDirParent ?? os.tmpdir(), 'adloom-render-'));
  try {
    await writeTextFiles(workDir, plan.textFiles);
    const result = await exportToFile({
      ffmpegPath: input.ffmpegPath,
      ffprobePath: input.ffprobePath,
      buildArgs: (outputPath) => buildFfmpegArgs({ plan, outputPath, workDir }),
      target: input.target,
      expected: { durationMs, fps, width, height, hasAudio: true },
      ...(input.signal ? { signal: input.signal } : {}),
      ...(input.onProgress ? { onProgress: input.onProgress } : {}),
    });
    return { path: result.path, durationMs: result.durationMs, width, height, warnings: plan.warnings };
  } finally {
    await fs.rm(workDir, { recursive: true, force: true });
  }
}
