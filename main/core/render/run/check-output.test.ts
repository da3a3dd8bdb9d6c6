import { describe, expect, it } from 'vitest';
import type { ProbeResult } from '../../ffmpeg/ffprobe';
import { outputMismatches } from './check-output';

const expected = { durationMs: 2000, fps: 25, width: 320, height: 180, hasAudio: true };

function probe(over: { video?: Record<string, unknown>; audio?: Record<string, unknown> | null; format?: Record<string, unknown> } = {}): ProbeResult {
  const video = { index: 0, codec_type: 'video', codec_name: 'h264', width: 320, height: 180, r_frame_rate: '25/1', duration: '2.000000', nb_frames: '50', ...over.video };
  const audio = over.audio === null ? [] : [{ index: 1, codec_type: 'audio', codec_name: 'aac', sample_rate: '48000', duration: '2.021333', ...over.audio }];
  return { streams: [video, ...audio], format: { duration: '2.021333', ...over.format } } as ProbeResult;
}

describe('outputMismatches', () => {
  it('accepts a file that matches, with AAC a little past the video', () => {
    expect(outputMismatches(probe(), expected)).toEqual([]);
  });

  it('accepts a video one frame off but not more', () => {
    expect(outputMismatches(probe({ video: { duration: '2.040000' }, format: { duration: '2.040000' } }), expected)).toEqual([]);
    expect(outputMismatches(probe({ video: { duration: '2.080000' }, format: { duration: '2.080000' } }), expected)).toEqual([
      'video lasts 2.080 s, expected 2.000 s (within one frame)',
    ]);
  });

  it('names every mismatch', () => {
    expect(
      outputMismatches(probe({ video: { codec_name: 'hevc', width: 318, r_frame_rate: '30/1' }, audio: null, format: { duration: '3.5' } }), expected),
    ).toEqual([
      'video codec is hevc, expected h264',
      'video is 318x180, expected 320x180',
      'frame rate is 30/1, expected 25',
      'it has no audio stream, expected one',
      'the file lasts 3.500 s, expected 2.000 s',
    ]);
  });

  it('flags unexpected audio and a missing video stream', () => {
    expect(outputMismatches(probe(), { ...expected, hasAudio: false })).toEqual(['it has an audio stream, expected none']);
    const audioOnly = { streams: [{ index: 0, codec_type: 'audio' }], format: { duration: '2.0' } } as ProbeResult;
    expect(outputMismatches(audioOnly, expected)).toEqual(['it has no video stream']);
  });

  it('falls back to the frame count when the stream has no duration', () => {
    expect(outputMismatches(probe({ video: { duration: undefined, nb_frames: '75' } }), expected)).toEqual(['video lasts 3.000 s, expected 2.000 s (within one frame)']);
  });
});
