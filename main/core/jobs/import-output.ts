import fs from 'node:fs/promises';
import path from 'node:path';
import type { FfmpegBinaries } from '../ffmpeg/binaries';
import type { AssetProvenance, AssetRecord, AssetRepository } from '../media/asset';
import { importOne } from '../media/import-one';
import type { JobRecord } from '../storage/job-repository';
import type { JobInput } from './job-input';

/** Where a job's output waits between download (or encode) and import: <dataDir>/staging/jobs/<jobId>/. */
export function stagingDir(dataDir: string, jobId: string): string {
  return path.join(dataDir, 'staging', 'jobs', jobId);
}

/** The file an output is written to before import; its name becomes the asset's original name. */
export function stagingFile(dataDir: string, job: Pick<JobRecord, 'id'>, input: JobInput): string {
  const ext = input.request.kind === 'speech' ? speechExt(input.request.outputFormat) : 'mp4';
  return path.join(stagingDir(dataDir, job.id), `${input.label}.${ext}`);
}

function speechExt(format: string | undefined): string {
  const f = format ?? 'mp3_44100_128';
  if (f.startsWith('mp3_')) return 'mp3';
  if (f.startsWith('opus_')) return 'opus';
  if (f.startsWith('wav_')) return 'wav';
  return 'raw';
}

/** Fields with their own provenance entry, and the local image path (meaningless elsewhere). */
const NOT_PARAMETERS = ['kind', 'model', 'imagePath', 'prompt', 'text', 'seed'];

/** Everything that made the output: provider, model and version, prompt, parameters, seed, source image, cost, times. */
export function provenanceOf(input: { job: JobRecord; input: JobInput; costUsd: number; finishedAt: string }): AssetProvenance {
  const { request, modelVersion, sourceAssetId } = input.input;
  const parameters = Object.fromEntries(Object.entries(request).filter(([key]) => !NOT_PARAMETERS.includes(key)));
  const prompt = request.kind === 'speech' ? request.text : request.kind === 'image-to-video' ? request.prompt : undefined;
  const seed = 'seed' in request ? request.seed : undefined;
  return {
    provider: input.job.provider,
    model: request.model,
    ...(modelVersion !== null && { modelVersion }),
    ...(prompt !== undefined && { prompt }),
    parameters,
    ...(seed !== undefined && { seed }),
    ...(sourceAssetId !== null && { sourceAssetId }),
    costUsd: input.costUsd,
    ...(input.job.startedAt !== null && { startedAt: input.job.startedAt }),
    finishedAt: input.finishedAt,
  };
}

/**
 * Imports a finished output into the content-addressed library with its provenance. The
 * provenance rides on the record importOne inserts, so a new asset is written once, complete;
 * bytes already in the library keep the provenance of their first generation.
 */
export async function importGeneratedOutput(opts: {
  file: string;
  dataDir: string;
  binaries: () => FfmpegBinaries;
  assets: AssetRepository;
  provenance: AssetProvenance;
  signal?: AbortSignal;
}): Promise<AssetRecord> {
  const { ffmpeg, ffprobe } = opts.binaries();
  const withProvenance: AssetRepository = { ...opts.assets, upsert: (record) => opts.assets.upsert({ ...record, provenance: opts.provenance }) };
  const { asset } = await importOne({
    file: opts.file,
    dataDir: opts.dataDir,
    ffmpegPath: ffmpeg.path,
    ffprobePath: ffprobe.path,
    assets: withProvenance,
    ...(opts.signal ? { signal: opts.signal } : {}),
  });
  return asset;
}

export async function removeStaging(dataDir: string, jobId: string): Promise<void> {
  await fs.rm(stagingDir(dataDir, jobId), { recursive: true, force: true });
}
