import { describe, expect, it } from 'vitest';
import { computePeaks, normalizePeaks, pcmToSamples, waveformArgs, waveformSampleRate } from './waveform-peaks';

describe('pcmToSamples', () => {
  it('reads little-endian signed 16-bit samples and drops a trailing odd byte', () => {
    const pcm = Uint8Array.from([0x01, 0x00, 0xff, 0xff, 0x00, 0x80, 0xff, 0x7f, 0x42]);
    expect(Array.from(pcmToSamples(pcm))).toEqual([1, -1, -32768, 32767]);
  });

  it('works on a view into a larger buffer', () => {
    const whole = Uint8Array.from([9, 0x02, 0x00, 0xfe, 0xff]);
    expect(Array.from(pcmToSamples(whole.subarray(1)))).toEqual([2, -2]);
  });
});

describe('computePeaks', () => {
  it('keeps min and max of equal runs', () => {
    const samples = Int16Array.from([1, -2, 3, -4, 5, -6, 7, -8]);
    expect(computePeaks(samples, 4)).toEqual([[-2, 1], [-4, 3], [-6, 5], [-8, 7]]);
    expect(computePeaks(samples, 1)).toEqual([[-8, 7]]);
  });

  it('spreads a remainder with floor boundaries', () => {
    // n=7, b=3: [0,2) [2,4) [4,7)
    expect(computePeaks(Int16Array.from([10, 20, 30, 40, 50, 60, -70]), 3)).toEqual([[10, 20], [30, 40], [-70, 60]]);
  });

  it('gives silence for buckets without samples', () => {
    // n=2, b=4: [0,0) [0,1) [1,1) [1,2)
    expect(computePeaks(Int16Array.from([5, -5]), 4)).toEqual([[0, 0], [5, 5], [0, 0], [-5, -5]]);
    expect(computePeaks(new Int16Array(0), 2)).toEqual([[0, 0], [0, 0]]);
  });

  it('refuses a bucket count that is not a positive integer', () => {
    expect(() => computePeaks(new Int16Array(4), 0)).toThrow('buckets must be a positive integer, got 0.');
    expect(() => computePeaks(new Int16Array(4), 1.5)).toThrow('buckets must be a positive integer, got 1.5.');
  });
});

describe('normalizePeaks', () => {
  it('maps 16-bit values into [-1, 1) with 4 decimals', () => {
    expect(normalizePeaks([[-32768, 32767], [-4096, 4096], [0, 1]])).toEqual([[-1, 1], [-0.125, 0.125], [0, 0]]);
  });
});

describe('waveformSampleRate', () => {
  it('uses 8 kHz up to ~8 minutes, then lowers the rate to bound memory', () => {
    expect([waveformSampleRate(null), waveformSampleRate(2000), waveformSampleRate(500_000), waveformSampleRate(3_600_000), waveformSampleRate(100_000_000)]).toEqual([8000, 8000, 8000, 1111, 200]);
  });
});

describe('waveformArgs', () => {
  it('decodes the first audio stream to mono s16le on stdout', () => {
    expect(waveformArgs('a.mp4', 8000)).toEqual(['-hide_banner', '-nostdin', '-v', 'error', '-i', 'a.mp4', '-map', '0:a:0', '-vn', '-sn', '-dn', '-ac', '1', '-ar', '8000', '-c:a', 'pcm_s16le', '-f', 's16le', 'pipe:1']);
  });
});
