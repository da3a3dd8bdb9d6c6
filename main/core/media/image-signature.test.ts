import { describe, expect, it } from 'vitest';
import { matchesImageSignature } from './image-signature';

const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe('matchesImageSignature', () => {
  it('recognises real image headers', () => {
    expect(matchesImageSignature('png', bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
    expect(matchesImageSignature('mjpeg', bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe(true);
    expect(matchesImageSignature('webp', bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '))).toBe(true);
    expect(matchesImageSignature('gif', bytes('GIF89a'))).toBe(true);
    expect(matchesImageSignature('tiff', bytes('MM', [0, 0x2a]))).toBe(true);
  });

  it('rejects text named like an image and has no opinion on codecs without a signature', () => {
    expect(matchesImageSignature('png', bytes('These are my notes'))).toBe(false);
    expect(matchesImageSignature('mjpeg', bytes('hello'))).toBe(false);
    expect(matchesImageSignature('webp', bytes('RIFF', [1, 2, 3, 4], 'WAVEfmt '))).toBe(false);
    expect(matchesImageSignature('targa', bytes('anything'))).toBe(null);
  });
});
