import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../core/shared/app-error';

/** On disk: ciphertext only, base64, per key name. Never a plaintext key. */
const SecretsFile = z.object({ version: z.literal(1), secrets: z.record(z.string(), z.string().base64()) }).strict();
export type SecretsFile = z.infer<typeof SecretsFile>;

export function readSecretsFile(filePath: string): Map<string, Buffer> {
  let text: string;
  try {
    text = fs.readFileSync(filePath, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw new AppError('IO_ERROR', `cannot read the saved keys in ${filePath}: ${(err as Error).message}`, { file: filePath }, { cause: err });
  }
  let parsed: SecretsFile;
  try {
    parsed = SecretsFile.parse(JSON.parse(text));
  } catch (err) {
    throw new AppError('IO_ERROR', `the saved keys in ${filePath} are damaged; delete that file and set your keys again`, { file: filePath }, { cause: err });
  }
  return new Map(Object.entries(parsed.secrets).map(([name, b64]) => [name, Buffer.from(b64, 'base64')]));
}

/** Temp file (owner-only permissions) + fsync + rename, so a crash never leaves half a file. */
export async function writeSecretsFile(filePath: string, secrets: ReadonlyMap<string, Buffer>): Promise<void> {
  const body: SecretsFile = { version: 1, secrets: Object.fromEntries([...secrets].map(([name, buf]) => [name, buf.toString('base64')])) };
  await fs.promises.mkdir(path.dirname(filePath), { recursive: true });
  const temp = `${filePath}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const handle = await fs.promises.open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(`${JSON.stringify(body)}\n`, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.promises.rename(temp, filePath);
  } catch (err) {
    await fs.promises.rm(temp, { force: true });
    throw new AppError('IO_ERROR', `cannot save keys to ${filePath}: ${(err as Error).message}`, { file: filePath }, { cause: err });
  }
}
