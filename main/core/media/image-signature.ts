/**
 * Magic bytes of the image codecs whose files always start with one. FFmpeg's image2 demuxer
 * picks a decoder from the file name alone when content sniffing fails, so a text file called
 * "x.png" probes as a PNG stream of size 0x0; the signature tells "not an image at all" from
 * "an image that is damaged".
 */
const SIGNATURES: Record<string, Array<(b: Uint8Array) => boolean>> = {
  png: [(b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
  mjpeg: [(b) => startsWith(b, [0xff, 0xd8, 0xff])],
  webp: [(b) => ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP')],
  gif: [(b) => ascii(b, 0, 'GIF87a') || ascii(b, 0, 'GIF89a')],
  bmp: [(b) => ascii(b, 0, 'BM')],
  tiff: [(b) => startsWith(b, [0x49, 0x49, 0x2a, 0x00]), (b) => startsWith(b, [0x4d, 0x4d, 0x00, 0x2a])],
};

/** How many leading bytes the checks need. */
export const SIGNATURE_BYTES = 16;

function startsWith(b: Uint8Array, prefix: number[]): boolean {
  return prefix.every((v, i) => b[i] === v);
}

function ascii(b: Uint8Array, offset: number, text: string): boolean {
  return [...text].every((ch, i) => b[offset + i] === ch.charCodeAt(0));
}

/** true/false when the codec has a known signature; null when it has none to check. */
export function matchesImageSignature(codec: string, head: Uint8Array): boolean | null {
  const checks = SIGNATURES[codec];
  return checks ? checks.some((check) => check(head)) : null;
}
