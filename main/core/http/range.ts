/**
 * HTTP byte ranges (RFC 9110 §14) for serving library media: the desktop shell's media://
 * protocol and browser mode's HTTP server answer the same header the same way, so a <video>
 * seeks identically in both. Pure: no I/O, the caller streams the bytes it is told to.
 */

/** What to send for one request, decided from the Range header and the file size. */
export type RangePlan =
  /** 200: the whole file (no Range header, or one we may ignore: another unit, malformed, several ranges). */
  | { status: 200; start: 0; end: number; length: number }
  /** 206: bytes start..end inclusive. */
  | { status: 206; start: number; end: number; length: number }
  /** 416: nothing of the file matches the range. */
  | { status: 416 };

const SINGLE_RANGE = /^bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i;

function whole(size: number): RangePlan {
  return { status: 200, start: 0, end: size - 1, length: size };
}

/**
 * Decides the answer to `Range: <header>` for a file of `size` bytes.
 *
 * RFC 9110 lets a server ignore a Range header it cannot or will not satisfy as asked, and
 * requires ignoring a malformed one, so those get the full file. Several ranges at once would
 * need a multipart/byteranges body; media elements never ask for that, so it is ignored too.
 * A syntactically valid range that starts at or past the end is unsatisfiable (416).
 */
export function planRange({ header, size }: { header: string | null | undefined; size: number }): RangePlan {
  if (!Number.isSafeInteger(size) || size < 0) throw new RangeError(`file size ${String(size)} is not a non-negative integer`);
  if (header === null || header === undefined || header.trim() === '') return whole(size);
  const match = SINGLE_RANGE.exec(header.trim());
  if (match === null) return whole(size);
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return whole(size);

  if (first === '') {
    // Suffix range "bytes=-N": the last N bytes.
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return { status: 416 };
    const start = Math.max(0, size - suffix);
    return { status: 206, start, end: size - 1, length: size - start };
  }

  const start = Number(first);
  const requestedEnd = last === '' ? Number.POSITIVE_INFINITY : Number(last);
  if (!Number.isSafeInteger(start) || requestedEnd < start) return whole(size);
  if (start >= size) return { status: 416 };
  const end = Math.min(requestedEnd, size - 1);
  return { status: 206, start, end, length: end - start + 1 };
}

/**
 * The headers that go with a plan (besides Content-Type). Accept-Ranges on every answer tells
 * Chromium the resource is seekable; without it `video.seekable` stays empty.
 */
export function rangeHeaders({ plan, size }: { plan: RangePlan; size: number }): Record<string, string> {
  if (plan.status === 416) return { 'Accept-Ranges': 'bytes', 'Content-Range': `bytes */${size}`, 'Content-Length': '0' };
  const headers: Record<string, string> = { 'Accept-Ranges': 'bytes', 'Content-Length': String(plan.length) };
  if (plan.status === 206) headers['Content-Range'] = `bytes ${plan.start}-${plan.end}/${size}`;
  return headers;
}
