import type { ProjectAssetDto } from '../../../../preload/contract/dto/asset-dto';
import type { ProjectDocument } from '../../../../preload/contract/project/document';
import type { OpsResult } from './timeline-ops';

/** How long a still lasts when added, and a clip whose length the library does not know. */
export const DEFAULT_STILL_MS = 3000;
const FALLBACK_CLIP_MS = 5000;

/**
 * Adds a library asset to the timeline: an image as a still (with the default camera move), a
 * video as a clip of its whole length, both at `atIndex` of the video track (the end by
 * default); a sound as music from the start. Defaults are filled in by the schema.
 */
export function insertAssetOps({ doc, asset, newId, atIndex }: { doc: ProjectDocument; asset: Pick<ProjectAssetDto, 'id' | 'kind' | 'durationMs'>; newId: string; atIndex?: number }): OpsResult {
  const media = { assetId: asset.id };
  const index = Math.max(0, Math.min(doc.tracks.video.length, atIndex ?? doc.tracks.video.length));
  const at = `/tracks/video/${index}`;
  if (asset.kind === 'image') return { ok: true, label: 'Add still', ops: [{ op: 'add', path: at, value: { id: newId, type: 'still', media, durationMs: DEFAULT_STILL_MS } }] };
  if (asset.kind === 'video') {
    const outMs = asset.durationMs !== null && asset.durationMs > 0 ? asset.durationMs : FALLBACK_CLIP_MS;
    return { ok: true, label: 'Add clip', ops: [{ op: 'add', path: at, value: { id: newId, type: 'clip', media, inMs: 0, outMs } }] };
  }
  return { ok: true, label: 'Add music', ops: [{ op: 'add', path: '/tracks/music/-', value: { id: newId, media } }] };
}
