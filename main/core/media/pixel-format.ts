/**
 * FFmpeg pixel formats that carry an alpha channel (rgba, bgra64le, ya8, yuva420p, gbrap10le,
 * ayuv64le, vuya, rgbaf32le ...). pal8 is decided elsewhere: its palette may or may not be
 * transparent.
 */
const ALPHA_PIX_FMT = /^(argb|rgba|abgr|bgra|ya\d|yuva|gbrap|ayuv|vuya|rgbaf)/;

export function pixFmtHasAlpha(pixFmt: string | undefined): boolean {
  return pixFmt !== undefined && ALPHA_PIX_FMT.test(pixFmt);
}
