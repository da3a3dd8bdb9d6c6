import fs from 'node:fs';
import path from 'node:path';
import type { MediaRef, ProjectDocument } from '../../../preload/contract/project';
import type { AssetRecord, AssetRepository } from '../media/asset';
import { assetFilePath } from '../media/asset-paths';
import { probeMedia } from '../media/probe-media';
import { AppError } from '../shared/app-error';
import type { MediaResolver, ResolvedMedia } from './plan/render-plan';

/** Every media reference in a document, in document order, with where it is used. */
export function collectMediaRefs(doc: ProjectDocument): Array<{ ref: MediaRef; usedBy: string }> {
  const refs: Array<{ ref: MediaRef; usedBy: string }> = [];
  for (const item of doc.tracks.video) {
    if (item.type === 'card') {
      if (item.background.kind === 'image') refs.push({ ref: item.background.media, usedBy: item.id });
    } else refs.push({ ref: item.media, usedBy: item.id });
  }
  for (const o of doc.tracks.overlay) if (o.type === 'image') refs.push({ ref: o.media, usedBy: o.id });
  for (const a of [...doc.tracks.music, ...doc.tracks.voiceover]) refs.push({ ref: a.media, usedBy: a.id });
  if (doc.settings.brand.logo) refs.push({ ref: doc.settings.brand.logo, usedBy: 'settings.brand.logo' });
  return refs;
}

const refKey = (ref: MediaRef): string => ('assetId' in ref ? `asset:${ref.assetId}` : `path:${ref.path}`);

/** Library records and fresh probes carry the same facts; null means "not applicable". */
function toResolved(file: string, f: Pick<AssetRecord, 'kind' | 'width' | 'height' | 'durationMs' | 'fps' | 'hasAudio'>): ResolvedMedia {
  return { path: file, kind: f.kind, width: f.width ?? 0, height: f.height ?? 0, durationMs: f.durationMs ?? 0, fps: f.fps ?? 0, hasAudio: f.hasAudio };
}

export interface BuildMediaResolverInput {
  document: ProjectDocument;
  /** Relative paths in the document resolve against this folder (the project file's). */
  baseDir: string;
  ffprobePath: string;
  /** The library, for assetId references; omit for path-only documents. */
  library?: { dataDir: string; assets: AssetRepository };
  signal?: AbortSignal;
}

/**
 * The planner is pure and synchronous, so every reference is resolved (and path references
 * probed) up front. Errors name the item that uses the media and the reason.
 */
export async function buildMediaResolver(input: BuildMediaResolverInput): Promise<MediaResolver> {
  const resolved = new Map<string, ResolvedMedia>();
  for (const { ref, usedBy } of collectMediaRefs(input.document)) {
    const key = refKey(ref);
    if (resolved.has(key)) continue;
    if ('assetId' in ref) {
      const asset = input.library?.assets.get(ref.assetId);
      if (!asset || !input.library) throw new AppError('NOT_FOUND', `${usedBy}: media ${ref.assetId} is not in the library.`, { item: usedBy });
      const file = assetFilePath(input.library.dataDir, asset);
      if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', `${usedBy}: the library file for media ${ref.assetId} is missing (${file}).`, { item: usedBy });
      resolved.set(key, toResolved(file, asset));
      continue;
    }
    const file = path.resolve(input.baseDir, ref.path);
    if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', `${usedBy}: ${file} does not exist.`, { item: usedBy, path: file });
    const { facts } = await probeMedia({ ffprobePath: input.ffprobePath, file, ...(input.signal ? { signal: input.signal } : {}) });
    resolved.set(key, toResolved(file, facts));
  }
  return (ref) => {
    const media = resolved.get(refKey(ref));
    if (!media) throw new AppError('NOT_FOUND', `media ${'assetId' in ref ? ref.assetId : ref.path} was not resolved before planning.`);
    return media;
  };
}
