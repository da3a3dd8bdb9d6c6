import { DEJAVU_SANS_CHARSET, INTER_CHARSET } from './font-coverage-data';
import type { BundledFamily } from './fonts';

export type CodePointRanges = ReadonlyArray<readonly [number, number]>;

/** Parses an fc-query charset ("20-7e a0 ...") into sorted [first, last] ranges. */
export function parseCharset(charset: string): CodePointRanges {
  return charset
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => {
      const [a, b] = part.split('-');
      const first = parseInt(a ?? '', 16);
      return [first, b === undefined ? first : parseInt(b, 16)] as const;
    })
    .sort((x, y) => x[0] - y[0]);
}

export function covers(ranges: CodePointRanges, codePoint: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const range = ranges[mid];
    if (range === undefined) return false;
    if (codePoint < range[0]) hi = mid - 1;
    else if (codePoint > range[1]) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Coverage of each bundled family, keyed like BUNDLED_FONTS. */
export const FAMILY_COVERAGE: Readonly<Record<BundledFamily, CodePointRanges>> = {
  Inter: parseCharset(INTER_CHARSET),
  'DejaVu Sans': parseCharset(DEJAVU_SANS_CHARSET),
};
