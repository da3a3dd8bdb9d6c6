import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { ASPECTS, RESOLUTIONS, type ProjectDocument } from '../../../preload/contract/project';
import { readProjectFile } from '../../core/project';
import { exportDocument } from '../../core/render/export-document';
import type { RenderPreset } from '../../core/render/plan/frame-size';
import { loadProject } from '../../core/workspace/project-service';
import { withInterruptCancel } from '../cancel-on-interrupt';
import type { CliContext } from '../cli-context';
import { printResult, UsageError } from '../cli-io';
import { oneOf } from '../parse-options';
import { createProgressReporter } from '../progress-reporter';

interface RenderOpts {
  out: string;
  aspect?: string;
  preset?: string;
  json?: boolean;
}

function presetFrom(opts: { aspect?: string; preset?: string }): RenderPreset {
  const aspect = oneOf('--aspect', opts.aspect, ASPECTS);
  const resolution = oneOf('--preset', opts.preset, RESOLUTIONS);
  return { ...(aspect && { aspect }), ...(resolution && { resolution }) };
}

export function outputPath(ctx: CliContext, out: string): string {
  const target = ctx.resolvePath(out);
  if (path.extname(target).toLowerCase() !== '.mp4') throw new UsageError(`--out must name an .mp4 file (got "${out}")`);
  if (!fs.existsSync(path.dirname(target))) throw new UsageError(`--out: the folder ${path.dirname(target)} does not exist`);
  return target;
}

/** Renders a document and prints the result; shared by `render` and `quick`. */
export async function renderAndReport(ctx: CliContext, job: { document: ProjectDocument; baseDir: string; target: string; preset: RenderPreset; json: boolean; projectId?: string }): Promise<void> {
  const reporter = createProgressReporter(ctx.io, { json: job.json, label: 'export' });
  const store = ctx.store();
  const result = await withInterruptCancel((signal) =>
    exportDocument({
      document: job.document,
      baseDir: job.baseDir,
      library: { dataDir: ctx.dataDir(), assets: store.assets },
      binaries: ctx.binaries(),
      fontsDir: ctx.fontsDir(),
      target: job.target,
      preset: job.preset,
      signal,
      onProgress: (e) => reporter.onProgress(e),
    }),
  ).finally(() => reporter.finish());
  const byteSize = fs.statSync(result.path).size;
  if (job.projectId) {
    store.exports.record({ projectId: job.projectId, path: result.path, preset: job.preset.resolution ?? job.document.settings.resolution, aspect: job.preset.aspect ?? job.document.settings.aspect, durationMs: result.durationMs, byteSize });
  }
  for (const w of result.warnings) ctx.io.stderr.write(`warning: ${w}\n`);
  const value = { ...result, byteSize };
  printResult(ctx.io, { json: job.json, value, human: () => `Wrote ${result.path} (${result.width}x${result.height}, ${(result.durationMs / 1000).toFixed(2)} s, ${(byteSize / 1e6).toFixed(1)} MB)` });
}

export function registerRender(program: Command, ctx: CliContext): void {
  program
    .command('render <project>')
    .description('export a project (a project JSON file or a project id) to an MP4')
    .requiredOption('--out <file.mp4>', 'where to write the video')
    .option('--aspect <aspect>', `override the project's aspect: ${ASPECTS.join(', ')}`)
    .option('--preset <preset>', `resolution: ${RESOLUTIONS.join(', ')} (2160p for 16:9 only)`)
    .option('--json', 'result as JSON on stdout, progress as JSON lines on stderr')
    .action(async (project: string, opts: RenderOpts) => {
      const preset = presetFrom(opts);
      const target = outputPath(ctx, opts.out);
      const file = ctx.resolvePath(project);
      const isFile = project.toLowerCase().endsWith('.json') || fs.existsSync(file);
      if (isFile) {
        const document = await readProjectFile(file);
        await renderAndReport(ctx, { document, baseDir: path.dirname(file), target, preset, json: Boolean(opts.json) });
        return;
      }
      const { document } = loadProject(ctx.store(), project);
      await renderAndReport(ctx, { document, baseDir: ctx.io.cwd, target, preset, json: Boolean(opts.json), projectId: project });
    });
}
