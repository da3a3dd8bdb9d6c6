import fs from 'node:fs';
import type { Command } from 'commander';
import { ASPECTS, RESOLUTIONS } from '../../../preload/contract/project';
import { buildQuickProject } from '../../core/workspace/quick-project';
import type { CliContext } from '../cli-context';
import { UsageError } from '../cli-io';
import { oneOf, positiveNumber } from '../parse-options';
import { outputPath, renderAndReport } from './render';

interface QuickOpts {
  title: string;
  cta: string;
  out: string;
  aspect?: string;
  preset?: string;
  music?: string;
  voiceover?: string;
  secondsPerImage?: string;
  json?: boolean;
}

export function registerQuick(program: Command, ctx: CliContext): void {
  program
    .command('quick <images...>')
    .description('make an ad from product photos in one step, offline: title card, moving shots, call to action')
    .requiredOption('--title <text>', 'the intro card title')
    .requiredOption('--cta <text>', 'the call to action on the outro card')
    .requiredOption('--out <file.mp4>', 'where to write the video')
    .option('--aspect <aspect>', ASPECTS.join(', '), '9:16')
    .option('--preset <preset>', RESOLUTIONS.join(', '), '1080p')
    .option('--music <file>', 'background music (looped, ducked under the voice-over)')
    .option('--voiceover <file>', 'a voice-over recording')
    .option('--seconds-per-image <n>', 'how long each photo shows', '3')
    .option('--json', 'result as JSON on stdout, progress as JSON lines on stderr')
    .action(async (images: string[], opts: QuickOpts) => {
      const existing = (flag: string, file: string | undefined): string | undefined => {
        if (file === undefined) return undefined;
        const abs = ctx.resolvePath(file);
        if (!fs.existsSync(abs)) throw new UsageError(`${flag}: ${abs} does not exist`);
        return abs;
      };
      const paths = images.map((img) => existing('image', img) as string);
      const aspect = oneOf('--aspect', opts.aspect, ASPECTS);
      const resolution = oneOf('--preset', opts.preset, RESOLUTIONS);
      const musicPath = existing('--music', opts.music);
      const voiceoverPath = existing('--voiceover', opts.voiceover);
      const document = buildQuickProject({
        images: paths,
        title: opts.title,
        cta: opts.cta,
        ...(aspect && { aspect }),
        ...(resolution && { resolution }),
        ...(musicPath && { musicPath }),
        ...(voiceoverPath && { voiceoverPath }),
        secondsPerImage: positiveNumber('--seconds-per-image', opts.secondsPerImage) ?? 3,
      });
      const target = outputPath(ctx, opts.out);
      await renderAndReport(ctx, { document, baseDir: ctx.io.cwd, target, preset: {}, json: Boolean(opts.json) });
    });
}
