import { execFile } from 'node:child_process';
import { z } from 'zod';
import { AppError } from '../shared/app-error';

// ffprobe prints numbers as strings in several places ("duration": "5.000000"); keep the raw
// shape here and convert in one place (probeFacts) so callers never parse strings.
const numeric = z.union([z.string(), z.number()]).optional();

export const ProbeStream = z.looseObject({
  index: z.number(),
  codec_type: z.string().optional(),
  codec_name: z.string().optional(),
  width: z.number().optional(),
  height: z.number().optional(),
  pix_fmt: z.string().optional(),
  r_frame_rate: z.string().optional(),
  avg_frame_rate: z.string().optional(),
  sample_rate: numeric,
  channels: z.number().optional(),
  duration: numeric,
  nb_frames: numeric,
  profile: z.string().optional(),
  sample_aspect_ratio: z.string().optional(),
  bits_per_raw_sample: numeric,
  tags: z.record(z.string(), z.string()).optional(),
  disposition: z.record(z.string(), z.number()).optional(),
  side_data_list: z.array(z.looseObject({ side_data_type: z.string().optional(), rotation: z.number().optional() })).optional(),
});
export type ProbeStream = z.infer<typeof ProbeStream>;

export const ProbeResult = z.object({
  streams: z.array(ProbeStream).default([]),
  format: z
    .looseObject({
      format_name: z.string().optional(),
      duration: numeric,
      size: numeric,
      bit_rate: numeric,
      tags: z.record(z.string(), z.string()).optional(),
    })
    .optional(),
});
export type ProbeResult = z.infer<typeof ProbeResult>;

export interface ProbeOptions {
  ffprobePath: string;
  file: string;
  /** Extra ffprobe arguments placed before the input (e.g. ['-show_frames', '-read_intervals', '%+#1']). */
  extraArgs?: string[];
  signal?: AbortSignal;
}

/** Runs ffprobe with JSON output and validates it. Errors name the file and ffprobe's reason. */
export function ffprobe({ ffprobePath, file, extraArgs = [], signal }: ProbeOptions): Promise<ProbeResult> {
  const args = ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', ...extraArgs, '--', file];
  return new Promise((resolve, reject) => {
    execFile(ffprobePath, args, { maxBuffer: 64 * 1024 * 1024, signal, windowsHide: true }, (err, stdout, stderr) => {
      if (err) {
        const reason = stderr.trim().split('\n').pop() || err.message;
        reject(new AppError('MEDIA_INVALID', `${file}: ffprobe could not read it (${reason}).`, { file }, { cause: err }));
        return;
      }
      let json: unknown;
      try {
        json = JSON.parse(stdout);
      } catch (cause) {
        reject(new AppError('MEDIA_INVALID', `${file}: ffprobe printed output that is not JSON.`, { file }, { cause }));
        return;
      }
      const parsed = ProbeResult.safeParse(json);
      if (!parsed.success) {
        reject(new AppError('MEDIA_INVALID', `${file}: unexpected ffprobe output (${parsed.error.issues[0]?.message ?? 'invalid'}).`, { file }));
        return;
      }
      resolve(parsed.data);
    });
  });
}

/** Parses "30000/1001" or "25" into a number; undefined for "0/0" and garbage. */
export function parseRate(rate: string | undefined): number | undefined {
  if (!rate) return undefined;
  const [n, d] = rate.split('/').map(Number);
  if (n === undefined || !Number.isFinite(n)) return undefined;
  if (d === undefined) return n > 0 ? n : undefined;
  return d > 0 && n > 0 ? n / d : undefined;
}

export function toNumber(v: string | number | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isFinite(n) ? n : undefined;
}
