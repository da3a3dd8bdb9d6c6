import type { MediaRef } from '../../../preload/contract/project';
import { probeMedia } from '../../../main/core/media/probe-media';
import type { MediaResolver, ResolvedMedia } from '../../../main/core/render/plan/render-plan';
import { AppError } from '../../../main/core/shared/app-error';

/** A resolver over files probed the way import probes them (no vitest here: the benchmark uses it too). */
export async function resolverFor({ ffprobePath, files }: { ffprobePath: string; files: readonly string[] }): Promise<MediaResolver> {
  const known = new Map<string, ResolvedMedia>();
  for (const file of files) {
    const { facts } = await probeMedia({ ffprobePath, file });
    known.set(file, { path: file, kind: facts.kind, width: facts.width ?? 0, height: facts.height ?? 0, durationMs: facts.durationMs ?? 0, fps: facts.fps ?? 0, hasAudio: facts.hasAudio });
  }
  return (ref: MediaRef) => {
    const media = 'path' in ref ? known.get(ref.path) : undefined;
    if (!media) throw new AppError('NOT_FOUND', `no such media in this test: ${JSON.stringify(ref)}`);
    return media;
  };
}
