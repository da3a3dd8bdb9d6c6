import type { Command } from 'commander';
import { resolveBinary, type ResolvedBinary } from '../../core/ffmpeg/binaries';
import { probeCapabilities, probeVersion, type FfmpegCapabilities } from '../../core/ffmpeg/capabilities';
import { AppError, toAppError } from '../../core/shared/app-error';
import type { CliContext } from '../cli-context';
import { printResult } from '../cli-io';

interface BinaryReport {
  found: boolean;
  path?: string;
  source?: ResolvedBinary['source'];
  version?: string;
  error?: string;
}

export interface DoctorReport {
  ok: boolean;
  ffmpeg: BinaryReport & { capabilities?: FfmpegCapabilities };
  ffprobe: BinaryReport;
  dataDir: string;
  node: string;
}

async function inspect(name: 'ffmpeg' | 'ffprobe', env: Record<string, string | undefined>): Promise<BinaryReport> {
  try {
    const bin = resolveBinary(name, { env });
    return { found: true, path: bin.path, source: bin.source, version: await probeVersion(bin.path) };
  } catch (err) {
    return { found: false, error: toAppError(err).message };
  }
}

export async function runDoctor(ctx: CliContext): Promise<DoctorReport> {
  const [ffmpeg, ffprobe] = await Promise.all([inspect('ffmpeg', ctx.io.env), inspect('ffprobe', ctx.io.env)]);
  const capabilities = ffmpeg.path ? await probeCapabilities(ffmpeg.path) : undefined;
  const capsOk = capabilities ? capabilities.libx264 && capabilities.aac && capabilities.drawtext && capabilities.xfade && capabilities.loudnorm : false;
  return {
    ok: ffmpeg.found && ffprobe.found && capsOk,
    ffmpeg: capabilities ? { ...ffmpeg, capabilities } : ffmpeg,
    ffprobe,
    dataDir: ctx.dataDir(),
    node: process.version,
  };
}

const mark = (ok: boolean): string => (ok ? 'yes' : 'NO');

function formatBinary(name: string, r: BinaryReport): string {
  return r.found ? `${name}: ${r.version} (${r.path}, from ${r.source})` : `${name}: not found — ${r.error}`;
}

export function formatDoctor(r: DoctorReport): string {
  const lines = [formatBinary('ffmpeg', r.ffmpeg), formatBinary('ffprobe', r.ffprobe)];
  const c = r.ffmpeg.capabilities;
  if (c) {
    lines.push(`  libx264 (H.264 encoder): ${mark(c.libx264)}`);
    lines.push(`  aac (audio encoder):     ${mark(c.aac)}`);
    lines.push(`  drawtext (libfreetype):  ${mark(c.drawtext)}`);
    lines.push(`  xfade (transitions):     ${mark(c.xfade)}`);
    lines.push(`  loudnorm (loudness):     ${mark(c.loudnorm)}`);
  }
  lines.push(`data directory: ${r.dataDir}`);
  lines.push(`node: ${r.node}`);
  lines.push(r.ok ? 'Everything Adloom needs is here.' : 'Something Adloom needs is missing (see above).');
  return lines.join('\n');
}

export function registerDoctor(program: Command, ctx: CliContext): void {
  program
    .command('doctor')
    .description('check FFmpeg, ffprobe and their features, and show the data directory')
    .option('--json', 'machine-readable output')
    .action(async (opts: { json?: boolean }) => {
      const report = await runDoctor(ctx);
      printResult(ctx.io, { json: Boolean(opts.json), value: report, human: () => formatDoctor(report) });
      if (!report.ok) throw new AppError('BINARY_MISSING', 'FFmpeg or one of its required features is missing; see the report above.');
    });
}
