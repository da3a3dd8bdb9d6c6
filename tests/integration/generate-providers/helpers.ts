import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { resolveFfmpegBinaries } from '../../../main/core/ffmpeg/binaries';
import { ffprobe } from '../../../main/core/ffmpeg/ffprobe';
import { createEnvSecretStore } from '../../../main/core/ports/env-secret-store';
import type { SecretStore } from '../../../main/core/ports/secret-store';
import { AppError } from '../../../main/core/shared/app-error';
import { makeTestImage } from '../../fakes/tiny-media';

export async function tempDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'adloom-providers-'));
}

/** The real env-variable store over a private env object (never process.env). */
export function secrets(keys: { replicate?: string; runway?: string; elevenlabs?: string }): SecretStore {
  return createEnvSecretStore({ REPLICATE_API_TOKEN: keys.replicate, RUNWAYML_API_SECRET: keys.runway, ELEVENLABS_API_KEY: keys.elevenlabs });
}

/** Awaits a rejection and checks it is an AppError with the code; returns it for more checks. */
export async function rejectsWith(promise: Promise<unknown>, code: string): Promise<AppError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err, `expected a rejection with ${code}`).toBeInstanceOf(AppError);
  const appErr = err as AppError;
  expect(appErr.code, appErr.message).toBe(code);
  return appErr;
}

/** Four small stills: two PNG, two JPEG, landscape and portrait. */
export async function fourImages(dir: string): Promise<string[]> {
  return Promise.all([
    makeTestImage({ dir, name: 'a.png', width: 160, height: 90 }),
    makeTestImage({ dir, name: 'b.jpg', width: 90, height: 160 }),
    makeTestImage({ dir, name: 'c.png', width: 120, height: 120, alpha: true }),
    makeTestImage({ dir, name: 'd.jpg', width: 128, height: 160 }),
  ]);
}

export async function probeStream(file: string): Promise<{ codec: string; width: number; height: number }> {
  const { ffprobe: bin } = resolveFfmpegBinaries();
  const result = await ffprobe({ ffprobePath: bin.path, file });
  const s = result.streams[0];
  return { codec: s?.codec_name ?? '', width: s?.width ?? 0, height: s?.height ?? 0 };
}

/** Dimensions of an image given as bytes (written to a temp file for ffprobe). */
export async function probeImageBytes(data: Buffer, ext: string): Promise<{ codec: string; width: number; height: number }> {
  const dir = await tempDir();
  const file = path.join(dir, `image.${ext}`);
  await fs.writeFile(file, data);
  return probeStream(file);
}
