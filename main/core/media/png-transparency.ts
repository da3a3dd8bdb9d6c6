import fs from 'node:fs/promises';

const PNG_SIGNATURE_LENGTH = 8;
// Chunks before IDAT are few; the cap only guards against a damaged length field looping forever.
const MAX_CHUNKS = 4096;

/**
 * Whether a palette PNG has transparent entries: a tRNS chunk before the first IDAT. Reads
 * only the 8-byte chunk headers, so it is cheap even for huge files.
 */
export async function pngHasTransparencyChunk(file: string): Promise<boolean> {
  const fh = await fs.open(file, 'r');
  try {
    const header = Buffer.alloc(8);
    let offset = PNG_SIGNATURE_LENGTH;
    for (let i = 0; i < MAX_CHUNKS; i += 1) {
      const { bytesRead } = await fh.read(header, 0, 8, offset);
      if (bytesRead < 8) return false;
      const type = header.toString('latin1', 4, 8);
      if (type === 'tRNS') return true;
      if (type === 'IDAT' || type === 'IEND') return false;
      // length + type + data + CRC
      offset += 12 + header.readUInt32BE(0);
    }
    return false;
  } finally {
    await fh.close();
  }
}
