import fs from 'node:fs/promises';
import { AppError } from '../shared/app-error';

/** Refuses, before any FFmpeg work, what cannot be media: missing paths, folders, empty files. */
export async function checkMediaFile(file: string, name: string): Promise<void> {
  const st = await fs.stat(file).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') throw new AppError('NOT_FOUND', `${name}: does not exist.`, { file: name });
    throw new AppError('IO_ERROR', `${name}: cannot be read (${err.message}).`, { file: name }, { cause: err });
  });
  if (!st.isFile()) throw new AppError('MEDIA_INVALID', `${name}: is not a file.`, { file: name });
  if (st.size === 0) throw new AppError('MEDIA_INVALID', `${name}: is empty (0 bytes).`, { file: name });
}
