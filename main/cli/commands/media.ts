import type { Command } from 'commander';
import { importMedia, type ImportMediaResult } from '../../core/media/import-media';
import { AppError } from '../../core/shared/app-error';
import type { CliContext } from '../cli-context';
import { printResult } from '../cli-io';

function formatImport(r: ImportMediaResult): string {
  const lines = r.imported.map(({ file, asset, deduplicated }) => {
    const size = asset.width && asset.height ? ` ${asset.width}x${asset.height}` : '';
    const dur = asset.durationMs ? ` ${(asset.durationMs / 1000).toFixed(2)}s` : '';
    return `imported  ${file} → ${asset.kind}${size}${dur} ${asset.id.slice(0, 12)}${deduplicated ? ' (already in the library)' : ''}`;
  });
  for (const f of r.failed) lines.push(`refused   ${f.message}`);
  return lines.join('\n');
}

export function registerMedia(program: Command, ctx: CliContext): void {
  const media = program.command('media').description('the media library');
  media
    .command('import <files...>')
    .description('copy images, clips and audio into the library and add them to a project')
    .requiredOption('--project <id>', 'the project to add them to')
    .option('--json', 'machine-readable output')
    .action(async (files: string[], opts: { project: string; json?: boolean }) => {
      const store = ctx.store();
      store.projects.get(opts.project); // NOT_FOUND before any copying
      const { ffmpeg, ffprobe } = ctx.binaries();
      const result = await importMedia({
        files: files.map((f) => ctx.resolvePath(f)),
        dataDir: ctx.dataDir(),
        ffmpegPath: ffmpeg.path,
        ffprobePath: ffprobe.path,
        assets: store.assets,
        projectId: opts.project,
        onProgress: (p) => {
          if (!opts.json && p.status === 'importing') ctx.io.stderr.write(`[${p.index + 1}/${p.total}] ${p.file}\n`);
        },
      });
      printResult(ctx.io, { json: Boolean(opts.json), value: result, human: () => formatImport(result) });
      if (result.failed.length > 0) {
        const names = result.failed.map((f) => f.message).join('; ');
        throw new AppError('MEDIA_INVALID', `${result.failed.length} of ${files.length} files were refused: ${names}`, { failed: result.failed.length });
      }
    });

  media
    .command('list')
    .description('media in a project (or the whole library)')
    .option('--project <id>', 'only this project')
    .option('--json', 'machine-readable output')
    .action((opts: { project?: string; json?: boolean }) => {
      const store = ctx.store();
      const list = opts.project ? store.assets.listForProject(opts.project) : store.assets.list();
      printResult(ctx.io, {
        json: Boolean(opts.json),
        value: list,
        human: () => (list.length ? list.map((a) => `${a.id.slice(0, 12)}  ${a.kind}  ${a.originalName}`).join('\n') : 'No media.'),
      });
    });
}
