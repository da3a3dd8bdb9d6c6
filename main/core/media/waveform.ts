import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../shared/app-error';
import type { AssetRecord } from './asset';
import { assetCachePath, assetFilePath } from './asset-paths';
import { failureReason, runTool } from './run-tool';
import { writeFileAtomic } from './temp-files';
import type { Peak } from './waveform-peaks';
import { computePeaks, normalizePeaks, pcmToSamples, waveformArgs, waveformSampleRate } from './waveform-peaks';

export type WaveformAsset = Pick<AssetRecord, 'id' | 'ext' | 'kind' | 'hasAudio' | 'durationMs' | 'originalName'>;

export interface WaveformOptions {
  asset: WaveformAsset;
  dataDir: string;
  ffmpegPath: string;
  /** Number of min/max pairs (e.g. one per timeline pixel at the default zoom). Default 500. */
  buckets?: number;
  signal?: AbortSignal;
}

const WaveformFile = z.object({
  version: z.literal(1),
  assetId: z.string(),
  buckets: z.number().int().positive(),
  sampleRate: z.number().int().positive(),
  sampleCount: z.number().int().nonnegative(),
  peaks: z.array(z.tuple([z.number(), z.number()])),
});
export type WaveformData = Omit<z.infer<typeof WaveformFile>, 'peaks'> & { peaks: Peak[] };

export interface Waveform extends WaveformData {
  /** The cache file. */
  path: string;
  /** True when read from the cache (no ffmpeg run). */
  cached: boolean;
}

export const DEFAULT_WAVEFORM_BUCKETS = 500;
const MAX_BUCKETS = 100_000;

async function readCache(file: string, assetId: string, buckets: number): Promise<WaveformData | null> {
  const text = await fs.readFile(file, 'utf8').catch(() => null);
  if (text === null) return null;
  try {
    const parsed = WaveformFile.safeParse(JSON.parse(text));
    // A damaged or foreign cache entry is rebuilt, never trusted.
    return parsed.success && parsed.data.assetId === assetId && parsed.data.buckets === buckets && parsed.data.peaks.length === buckets ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Min/max peaks of an asset's audio in `buckets` buckets, decoded once by ffmpeg (mono s16le
 * at a low rate) and cached as JSON under <dataDir>/cache/waveforms/; later calls read the
 * cache and run nothing.
 */
export async function getWaveform({ asset, dataDir, ffmpegPath, buckets = DEFAULT_WAVEFORM_BUCKETS, signal }: WaveformOptions): Promise<Waveform> {
  if (!Number.isInteger(buckets) || buckets < 1 || buckets > MAX_BUCKETS) {
    throw new AppError('BAD_INPUT', `buckets must be an integer from 1 to ${MAX_BUCKETS}, got ${buckets}.`, { field: 'buckets' });
  }
  if (!asset.hasAudio) throw new AppError('BAD_INPUT', `${asset.originalName}: has no audio, so it has no waveform.`, { assetId: asset.id });
  const file = assetCachePath(dataDir, 'waveforms', `${asset.id}-${buckets}.json`);
  const hit = await readCache(file, asset.id, buckets);
  if (hit) return { ...hit, path: file, cached: true };

  const sampleRate = waveformSampleRate(asset.durationMs);
  const { stdout } = await runTool({ bin: ffmpegPath, args: waveformArgs(assetFilePath(dataDir, asset), sampleRate), signal, captureStdout: true }).catch((err: unknown) => {
    if (err instanceof AppError && err.code === 'FFMPEG_FAILED') {
      throw new AppError('FFMPEG_FAILED', `${asset.originalName}: the audio could not be decoded for a waveform (${failureReason(err)}).`, { assetId: asset.id }, { cause: err });
    }
    throw err;
  });
  const samples = pcmToSamples(stdout);
  const data: WaveformData = { version: 1, assetId: asset.id, buckets, sampleRate, sampleCount: samples.length, peaks: normalizePeaks(computePeaks(samples, buckets)) };
  await fs.mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, JSON.stringify(data));
  return { ...data, path: file, cached: false };
}
