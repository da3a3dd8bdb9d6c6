import fs from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { SpeechAlignment } from '../../provider';

/**
 * ElevenLabs answers TTS synchronously, so "submit" gets the audio at once. To keep the same
 * submit → poll → download steps (and survive a restart between them) the result is staged in
 * a work folder under a local id; the JSON sidecar is written last and marks it complete.
 */
export const StagedSpeech = z.object({
  remoteId: z.string(),
  model: z.string(),
  voiceId: z.string(),
  outputFormat: z.string(),
  audioFile: z.string(),
  contentType: z.string(),
  characters: z.number(),
  requestId: z.string().nullable(),
  alignment: z.object({ characters: z.array(z.string()), startsSec: z.array(z.number()), endsSec: z.array(z.number()) }).nullable(),
  createdAt: z.string(),
});
export type StagedSpeech = z.infer<typeof StagedSpeech>;

export const STAGED_ID = /^tts_[0-9a-f]{32}$/;

export function newStagedId(): string {
  return `tts_${randomUUID().replace(/-/g, '')}`;
}

async function writeAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const temp = `${file}.tmp-${randomUUID()}`;
  await fs.writeFile(temp, data);
  const fh = await fs.open(temp, 'r+');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
  await fs.rename(temp, file);
}

export async function writeStaged(dir: string, entry: { meta: Omit<StagedSpeech, 'audioFile'> & { ext: string }; audio: Buffer }): Promise<StagedSpeech> {
  await fs.mkdir(dir, { recursive: true });
  const { ext, ...rest } = entry.meta;
  const meta: StagedSpeech = { ...rest, audioFile: `${rest.remoteId}.${ext}` };
  await writeAtomic(path.join(dir, meta.audioFile), entry.audio);
  await writeAtomic(path.join(dir, `${meta.remoteId}.json`), JSON.stringify(meta));
  return meta;
}

export async function readStaged(dir: string, remoteId: string): Promise<StagedSpeech | null> {
  const text = await fs.readFile(path.join(dir, `${remoteId}.json`), 'utf8').catch(() => null);
  if (text === null) return null;
  const parsed = StagedSpeech.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : null;
}

export async function removeStaged(dir: string, remoteId: string): Promise<void> {
  const meta = await readStaged(dir, remoteId);
  await fs.rm(path.join(dir, `${remoteId}.json`), { force: true });
  if (meta) await fs.rm(path.join(dir, meta.audioFile), { force: true });
}

export function toAlignment(a: { characters: string[]; character_start_times_seconds: number[]; character_end_times_seconds: number[] } | null | undefined): SpeechAlignment | null {
  if (!a) return null;
  return { characters: a.characters, startsSec: a.character_start_times_seconds, endsSec: a.character_end_times_seconds };
}
