import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pngHasTransparencyChunk } from './png-transparency';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A PNG-shaped byte string: the signature and chunks with the given types and data lengths (CRCs are not checked). */
function png(chunks: Array<[string, number]>): Buffer {
  const parts = chunks.map(([type, length]) => {
    const chunk = Buffer.alloc(12 + length);
    chunk.writeUInt32BE(length, 0);
    chunk.write(type, 4, 'latin1');
    return chunk;
  });
  return Buffer.concat([Buffer.from(SIGNATURE), ...parts]);
}

const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'adloom-png-trns-'));
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

async function check(name: string, bytes: Buffer): Promise<boolean> {
  const file = path.join(dir, name);
  await fs.writeFile(file, bytes);
  return pngHasTransparencyChunk(file);
}

describe('pngHasTransparencyChunk', () => {
  it('finds tRNS between PLTE and IDAT, skipping chunk data', async () => {
    expect(await check('trns.png', png([['IHDR', 13], ['tEXt', 300], ['PLTE', 9], ['tRNS', 3], ['IDAT', 20], ['IEND', 0]]))).toBe(true);
  });

  it('stops at the first IDAT and at a file that ends early', async () => {
    expect(await check('opaque.png', png([['IHDR', 13], ['PLTE', 9], ['IDAT', 20], ['tRNS', 3], ['IEND', 0]]))).toBe(false);
    expect(await check('short.png', png([['IHDR', 13], ['PLTE', 9]]))).toBe(false);
  });
});
