/**
 * Keeps only the end of ffmpeg's stderr. A broken input can make ffmpeg print megabytes;
 * the reason for a failure is at the end, so a bounded tail is all an error message needs.
 */
export class StderrTail {
  private chunks: string[] = [];
  private length = 0;

  constructor(private readonly maxChars = 64 * 1024) {}

  push(chunk: string): void {
    this.chunks.push(chunk);
    this.length += chunk.length;
    // Drop whole chunks while the rest is still long enough, then trim the head of the first.
    while (this.chunks.length > 1 && this.length - (this.chunks[0]?.length ?? 0) >= this.maxChars) {
      this.length -= this.chunks.shift()?.length ?? 0;
    }
    const excess = this.length - this.maxChars;
    if (excess > 0) {
      this.chunks[0] = (this.chunks[0] ?? '').slice(excess);
      this.length -= excess;
    }
  }

  text(): string {
    if (this.chunks.length > 1) this.chunks = [this.chunks.join('')];
    return this.chunks[0] ?? '';
  }
}

// "[libx264 @ 0x55aa9daa35c0] [error] width not divisible by 2" → "width not divisible by 2".
// The address means nothing to a person; the level tag comes from `-loglevel level+warning`.
const CONTEXT_PREFIX = /^\[[^\]]* @ (?:0x)?[0-9a-f]+\]\s*/i;
const LEVEL_TAG = /^\[(panic|fatal|error|warning|info|verbose|debug|trace)\]\s*/;
const SERIOUS = new Set(['panic', 'fatal', 'error']);

interface StderrLine {
  level: string | null;
  text: string;
}

function parseLine(raw: string): StderrLine {
  const rest = raw.trim().replace(CONTEXT_PREFIX, '');
  const tag = LEVEL_TAG.exec(rest);
  return { level: tag?.[1] ?? null, text: (tag ? rest.slice(tag[0].length) : rest).trim() };
}

/**
 * The last lines worth showing a person: error-level lines when ffmpeg tagged any (the first
 * of them is usually the cause, the rest its consequences), otherwise the last non-empty lines.
 */
export function meaningfulStderrLines(stderr: string, max = 4): string[] {
  const lines = stderr.split(/\r?\n/).map(parseLine).filter((l) => l.text !== '');
  const serious = lines.filter((l) => l.level !== null && SERIOUS.has(l.level));
  const chosen = (serious.length > 0 ? serious : lines).slice(-max).map((l) => l.text);
  return chosen.filter((text, i) => chosen.indexOf(text) === i);
}
