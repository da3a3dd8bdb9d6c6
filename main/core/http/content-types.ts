import path from 'node:path';

/** Only what the bundle and the library hold; browser mode and media:// answer alike. */
const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  map: 'application/json; charset=utf-8',
  svg: 'image/svg+xml',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  woff: 'font/woff',
  ttf: 'font/ttf',
  otf: 'font/otf',
  wasm: 'application/wasm',
  txt: 'text/plain; charset=utf-8',
  // Library media (extensions as main/core/media/media-ext.ts writes them).
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  bmp: 'image/bmp',
  tiff: 'image/tiff',
  avif: 'image/avif',
  mp4: 'video/mp4',
  m4v: 'video/mp4',
  mov: 'video/quicktime',
  webm: 'video/webm',
  mkv: 'video/x-matroska',
  avi: 'video/x-msvideo',
  ts: 'video/mp2t',
  mpg: 'video/mpeg',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  aac: 'audio/aac',
  wav: 'audio/wav',
  ogg: 'audio/ogg',
  opus: 'audio/ogg',
  flac: 'audio/flac',
  mka: 'audio/x-matroska',
  aiff: 'audio/aiff',
};

/** Content type from a file name or a bare extension ("mp4" or "clip.mp4"); unknown types are opaque bytes. */
export function contentTypeFor(nameOrExt: string): string {
  const ext = (nameOrExt.includes('.') ? path.extname(nameOrExt).slice(1) : nameOrExt).toLowerCase();
  return TYPES[ext] ?? 'application/octet-stream';
}
