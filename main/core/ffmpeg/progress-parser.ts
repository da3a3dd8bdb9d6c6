/**
 * Parses what `ffmpeg -progress pipe:1` writes: blocks of key=value lines, each block ending
 * with `progress=continue` (or `progress=end` for the last one). The parser is pure apart from
 * the clock it is given, so tests feed it captured output and a fake clock.
 */

export interface ProgressEvent {
  /** 0..100, never decreasing within one run, one decimal. */
  percent: number;
  /** How far the output has got, in whole milliseconds (0 until ffmpeg reports a time). */
  outTimeMs: number;
  /** Encoding speed as a multiple of real time, or null while ffmpeg does not know it yet. */
  speed: number | null;
  /** Estimated wall-clock milliseconds left, or null when there is nothing to estimate from. */
  etaMs: number | null;
  /** True for the block ffmpeg marks `progress=end` (which also follows a 'q' or an error). */
  done: boolean;
}

export interface ProgressParserOptions {
  /** Length of the output being made; the denominator of percent. */
  totalDurationMs: number;
  now?: () => number;
}

export interface ProgressParser {
  push(chunk: string): ProgressEvent[];
}

/** "00:00:01.207438" or "-00:00:00.079922" → milliseconds; undefined for N/A or garbage. */
function parseClock(value: string): number | undefined {
  const m = /^(-?)(\d+):(\d{2}):(\d{2}(?:\.\d+)?)$/.exec(value);
  if (!m) return undefined;
  const ms = (Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4])) * 1000;
  return m[1] === '-' ? -ms : ms;
}

function parseMicros(value: string | undefined): number | undefined {
  if (value === undefined || !/^-?\d+$/.test(value)) return undefined;
  return Number(value) / 1000;
}

/** "20.3x", "   0x", "2.34e+03x" → number; "N/A" → undefined. */
function parseSpeed(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number.parseFloat(value.replace(/x$/, ''));
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

/**
 * out_time_us is the one to trust. out_time_ms is ALSO microseconds (a historical ffmpeg
 * bug kept for compatibility), so it is only a fallback and is divided the same way.
 */
function blockOutTimeMs(block: Map<string, string>): number | undefined {
  return parseMicros(block.get('out_time_us')) ?? parseMicros(block.get('out_time_ms')) ?? parseClock(block.get('out_time') ?? '');
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

export function createProgressParser({ totalDurationMs, now = Date.now }: ProgressParserOptions): ProgressParser {
  const startedAt = now();
  let partial = '';
  let block = new Map<string, string>();
  let percent = 0;
  let outTimeMs = 0;

  function finishBlock(done: boolean): ProgressEvent {
    const t = blockOutTimeMs(block);
    // Before the first packet the muxer can report a negative time (B-frame or AAC priming
    // delay); N/A keeps the last known value. Time never runs backwards for the caller.
    if (t !== undefined) outTimeMs = Math.max(outTimeMs, Math.round(Math.max(0, t)));
    if (totalDurationMs > 0) percent = Math.max(percent, round1(Math.min(100, (outTimeMs / totalDurationMs) * 100)));
    const parsedSpeed = parseSpeed(block.get('speed'));
    const speed = parsedSpeed !== undefined && parsedSpeed > 0 ? parsedSpeed : null;
    block = new Map();
    return { percent, outTimeMs, speed, etaMs: done ? 0 : estimateEta(speed), done };
  }

  function estimateEta(speed: number | null): number | null {
    if (totalDurationMs <= 0) return null;
    const remainingMediaMs = Math.max(0, totalDurationMs - outTimeMs);
    if (speed !== null) return Math.round(remainingMediaMs / speed);
    // No speed yet (first blocks print "0x" or N/A): extrapolate from wall time if we have moved.
    const elapsed = now() - startedAt;
    if (outTimeMs <= 0 || elapsed <= 0) return null;
    return Math.round((elapsed * remainingMediaMs) / outTimeMs);
  }

  return {
    push(chunk: string): ProgressEvent[] {
      const events: ProgressEvent[] = [];
      const lines = (partial + chunk).split(/\r?\n/);
      partial = lines.pop() ?? '';
      for (const line of lines) {
        const eq = line.indexOf('=');
        if (eq <= 0) continue;
        const key = line.slice(0, eq).trim();
        const value = line.slice(eq + 1).trim();
        if (key === 'progress') events.push(finishBlock(value === 'end'));
        else block.set(key, value);
      }
      return events;
    },
  };
}
