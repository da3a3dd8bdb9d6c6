import { describe, expect, it } from 'vitest';
import { createProgressParser } from './progress-parser';
import type { ProgressEvent } from './progress-parser';

// Captured from Debian ffmpeg 5.1.9 with `-hide_banner -nostats -progress pipe:1`:
// testsrc2 1280x720 25 fps 3 s + sine, libx264 -preset medium, AAC, -shortest, to MP4.
const ENCODE_720P = `frame=1
fps=0.00
stream_0_0_q=0.0
bitrate=N/A
total_size=48
out_time_us=0
out_time_ms=0
out_time=00:00:00.000000
dup_frames=0
drop_frames=0
speed=   0x
progress=continue
frame=47
fps=0.00
stream_0_0_q=0.0
bitrate=N/A
total_size=48
out_time_us=0
out_time_ms=0
out_time=00:00:00.000000
dup_frames=0
drop_frames=0
speed=   0x
progress=continue
frame=60
fps=45.25
stream_0_0_q=28.0
bitrate=   0.9kbits/s
total_size=48
out_time_us=417959
out_time_ms=417959
out_time=00:00:00.417959
dup_frames=0
drop_frames=0
speed=0.315x
progress=continue
frame=75
fps=27.27
stream_0_0_q=-1.0
bitrate=2729.7kbits/s
total_size=1029974
out_time_us=3018594
out_time_ms=3018594
out_time=00:00:03.018594
dup_frames=0
drop_frames=0
speed= 1.1x
progress=end
`;

// Captured from the same ffmpeg: `-c:v copy -an` of an MP4 with B-frames. The first block has
// a NEGATIVE out time (edit-list delay), speed N/A, and the last an exponent in the speed.
const COPY_NEGATIVE = `frame=1
fps=0.00
stream_0_0_q=-1.0
bitrate=N/A
total_size=48
out_time_us=-79922
out_time_ms=-79922
out_time=-00:00:00.079922
dup_frames=0
drop_frames=0
speed=N/A
progress=continue
frame=75
fps=0.00
stream_0_0_q=-1.0
bitrate=2781.9kbits/s
total_size=1001509
out_time_us=2880078
out_time_ms=2880078
out_time=00:00:02.880078
dup_frames=0
drop_frames=0
speed=2.34e+03x
progress=end
`;

const ENCODE_720P_EVENTS: ProgressEvent[] = [
  { percent: 0, outTimeMs: 0, speed: null, etaMs: null, done: false },
  { percent: 0, outTimeMs: 0, speed: null, etaMs: null, done: false },
  // (3000 - 418) / 0.315 = 8196.8
  { percent: 13.9, outTimeMs: 418, speed: 0.315, etaMs: 8197, done: false },
  { percent: 100, outTimeMs: 3019, speed: 1.1, etaMs: 0, done: true },
];

describe('createProgressParser', () => {
  it('turns each block of a real encode into one event', () => {
    const parser = createProgressParser({ totalDurationMs: 3000, now: () => 0 });
    expect(parser.push(ENCODE_720P)).toEqual(ENCODE_720P_EVENTS);
  });

  it('gives the same events when chunks split lines anywhere', () => {
    for (const size of [1, 7, 64]) {
      const parser = createProgressParser({ totalDurationMs: 3000, now: () => 0 });
      const events: ProgressEvent[] = [];
      for (let i = 0; i < ENCODE_720P.length; i += size) events.push(...parser.push(ENCODE_720P.slice(i, i + size)));
      expect(events).toEqual(ENCODE_720P_EVENTS);
    }
  });

  it('accepts CRLF line ends', () => {
    const parser = createProgressParser({ totalDurationMs: 3000, now: () => 0 });
    expect(parser.push(ENCODE_720P.replace(/\n/g, '\r\n'))).toEqual(ENCODE_720P_EVENTS);
  });

  it('clamps a negative start time to 0 and reads N/A and exponent speeds', () => {
    const parser = createProgressParser({ totalDurationMs: 2880, now: () => 0 });
    expect(parser.push(COPY_NEGATIVE)).toEqual([
      { percent: 0, outTimeMs: 0, speed: null, etaMs: null, done: false },
      { percent: 100, outTimeMs: 2880, speed: 2340, etaMs: 0, done: true },
    ]);
  });

  it('keeps the last time when ffmpeg prints N/A and never lets percent go down', () => {
    // The N/A lines are what 5.1's print_report writes before any pts is known.
    let clock = 1000;
    const parser = createProgressParser({ totalDurationMs: 4000, now: () => clock });
    clock = 3000;
    const events = parser.push(
      [
        'out_time_us=1000000', 'out_time_ms=1000000', 'out_time=00:00:01.000000', 'speed=N/A', 'progress=continue',
        'out_time_us=N/A', 'out_time_ms=N/A', 'out_time=N/A', 'speed=N/A', 'progress=continue',
        'out_time_us=500000', 'speed=0.5x', 'progress=continue',
        '',
      ].join('\n'),
    );
    expect(events).toEqual([
      // No speed: 2000 ms of wall time made 1000 ms of output, 3000 ms are left → 6000 ms.
      { percent: 25, outTimeMs: 1000, speed: null, etaMs: 6000, done: false },
      { percent: 25, outTimeMs: 1000, speed: null, etaMs: 6000, done: false },
      { percent: 25, outTimeMs: 1000, speed: 0.5, etaMs: 6000, done: false },
    ]);
  });

  it('falls back to out_time_ms (microseconds too) and then to out_time', () => {
    const parser = createProgressParser({ totalDurationMs: 10_000, now: () => 0 });
    expect(parser.push('out_time_ms=2500000\nspeed=2x\nprogress=continue\nout_time=00:00:07.250000\nspeed=2x\nprogress=continue\n')).toEqual([
      { percent: 25, outTimeMs: 2500, speed: 2, etaMs: 3750, done: false },
      { percent: 72.5, outTimeMs: 7250, speed: 2, etaMs: 1375, done: false },
    ]);
  });

  it('emits nothing until a block is complete', () => {
    const parser = createProgressParser({ totalDurationMs: 1000, now: () => 0 });
    expect(parser.push('frame=3\nout_time_us=100000\nprogress=cont')).toEqual([]);
    expect(parser.push('inue\n')).toEqual([{ percent: 10, outTimeMs: 100, speed: null, etaMs: null, done: false }]);
  });

  it('reports percent 0 and no ETA when the total length is unknown', () => {
    const parser = createProgressParser({ totalDurationMs: 0, now: () => 0 });
    expect(parser.push('out_time_us=100000\nspeed=1x\nprogress=continue\n')).toEqual([
      { percent: 0, outTimeMs: 100, speed: 1, etaMs: null, done: false },
    ]);
  });
});
