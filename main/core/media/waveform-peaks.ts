import { AppError } from '../shared/app-error';

/** A bucket's lowest and highest sample, each in [-1, 1). */
export type Peak = [min: number, max: number];

/** Reads little-endian signed 16-bit PCM (what ffmpeg writes with -f s16le); a trailing odd byte is dropped. */
export function pcmToSamples(pcm: Uint8Array): Int16Array {
  const count = Math.floor(pcm.length / 2);
  const view = new DataView(pcm.buffer, pcm.byteOffset, count * 2);
  const samples = new Int16Array(count);
  for (let i = 0; i < count; i += 1) samples[i] = view.getInt16(i * 2, true);
  return samples;
}

/**
 * Splits the samples into `buckets` equal runs (bucket i covers [⌊i·n/b⌋, ⌊(i+1)·n/b⌋)) and
 * keeps each run's min and max, as raw 16-bit values. A bucket with no samples (fewer samples
 * than buckets) is [0, 0], i.e. silence.
 */
export function computePeaks(samples: Int16Array, buckets: number): Array<[number, number]> {
  if (!Number.isInteger(buckets) || buckets < 1) throw new AppError('BAD_INPUT', `buckets must be a positive integer, got ${buckets}.`);
  const n = samples.length;
  const peaks: Array<[number, number]> = [];
  for (let b = 0; b < buckets; b += 1) {
    const start = Math.floor((b * n) / buckets);
    const end = Math.floor(((b + 1) * n) / buckets);
    if (start === end) {
      peaks.push([0, 0]);
      continue;
    }
    let min = 32767;
    let max = -32768;
    for (let i = start; i < end; i += 1) {
      const v = samples[i] ?? 0;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    peaks.push([min, max]);
  }
  return peaks;
}

/** 16-bit sample → [-1, 1), rounded to 4 decimals to keep the cached JSON small. */
export function normalizeSample(v: number): number {
  return Math.round((v / 32768) * 10000) / 10000;
}

export function normalizePeaks(peaks: Array<[number, number]>): Peak[] {
  return peaks.map(([min, max]) => [normalizeSample(min), normalizeSample(max)]);
}

// Keeps decoded PCM at or under ~8 MB (4 M samples) whatever the length of the file.
const MAX_SAMPLES = 4_000_000;
export const WAVEFORM_MAX_RATE = 8000;
export const WAVEFORM_MIN_RATE = 200;

/**
 * The decode rate: 8 kHz is plenty for a drawing of peaks; long files get a lower rate so the
 * PCM held in memory stays bounded.
 */
export function waveformSampleRate(durationMs: number | null): number {
  if (durationMs === null || durationMs <= 0) return WAVEFORM_MAX_RATE;
  const rate = Math.floor((MAX_SAMPLES * 1000) / durationMs);
  return Math.min(WAVEFORM_MAX_RATE, Math.max(WAVEFORM_MIN_RATE, rate));
}

/** ffmpeg arguments that decode the first audio stream to mono s16le PCM on stdout. Pure. */
export function waveformArgs(input: string, sampleRate: number): string[] {
  return ['-hide_banner', '-nostdin', '-v', 'error', '-i', input, '-map', '0:a:0', '-vn', '-sn', '-dn', '-ac', '1', '-ar', String(sampleRate), '-c:a', 'pcm_s16le', '-f', 's16le', 'pipe:1'];
}
