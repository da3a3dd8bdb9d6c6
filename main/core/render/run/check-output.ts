import type { ProbeResult } from '../../ffmpeg/ffprobe';
import { parseRate, toNumber } from '../../ffmpeg/ffprobe';

export interface ExpectedOutput {
  durationMs: number;
  fps: number;
  width: number;
  height: number;
  hasAudio: boolean;
}

// ffprobe prints durations with microsecond precision; allow that rounding on top of a frame.
const PRINT_SLACK_MS = 0.5;
// One AAC frame is 1024 samples; -shortest and priming can leave up to about two of them.
const AAC_FRAME_SAMPLES = 1024;

function fmt(ms: number): string {
  return `${(ms / 1000).toFixed(3)} s`;
}

/**
 * What differs between a probed export and what was asked for; empty when it matches.
 * The video stream's duration must be within one frame; the container's (which also covers
 * audio) may be longer only by what AAC framing explains.
 */
export function outputMismatches(probe: ProbeResult, expected: ExpectedOutput): string[] {
  const problems: string[] = [];
  const video = probe.streams.find((s) => s.codec_type === 'video' && s.disposition?.attached_pic !== 1);
  const audio = probe.streams.find((s) => s.codec_type === 'audio');
  const frameMs = 1000 / expected.fps;

  if (!video) problems.push('it has no video stream');
  else {
    if (video.codec_name !== 'h264') problems.push(`video codec is ${video.codec_name ?? 'unknown'}, expected h264`);
    if (video.width !== expected.width || video.height !== expected.height) {
      problems.push(`video is ${String(video.width)}x${String(video.height)}, expected ${expected.width}x${expected.height}`);
    }
    const rate = parseRate(video.r_frame_rate);
    if (rate !== undefined && Math.abs(rate - expected.fps) > 0.01) problems.push(`frame rate is ${video.r_frame_rate ?? '?'}, expected ${expected.fps}`);
    const frames = toNumber(video.nb_frames);
    const seconds = toNumber(video.duration);
    const videoMs = seconds !== undefined ? seconds * 1000 : frames !== undefined ? (frames * 1000) / expected.fps : undefined;
    if (videoMs === undefined) problems.push('the video stream has no duration');
    else if (Math.abs(videoMs - expected.durationMs) > frameMs + PRINT_SLACK_MS) {
      problems.push(`video lasts ${fmt(videoMs)}, expected ${fmt(expected.durationMs)} (within one frame)`);
    }
  }
  if (expected.hasAudio && !audio) problems.push('it has no audio stream, expected one');
  if (!expected.hasAudio && audio) problems.push('it has an audio stream, expected none');

  const formatSeconds = toNumber(probe.format?.duration);
  if (formatSeconds !== undefined) {
    const sampleRate = toNumber(audio?.sample_rate) ?? 48_000;
    const audioSlack = audio ? ((2 * AAC_FRAME_SAMPLES) / sampleRate) * 1000 : 0;
    const formatMs = formatSeconds * 1000;
    const over = formatMs - expected.durationMs;
    if (over > frameMs + audioSlack + PRINT_SLACK_MS || over < -(frameMs + PRINT_SLACK_MS)) {
      problems.push(`the file lasts ${fmt(formatMs)}, expected ${fmt(expected.durationMs)}`);
    }
  }
  return problems;
}
