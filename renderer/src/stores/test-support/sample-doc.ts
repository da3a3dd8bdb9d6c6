import type { z } from 'zod';
import { ProjectDocument } from '../../../../preload/contract/project/document';
import type { DocumentStateDto } from '../../../../preload/contract/dto/project-dto';

export type DocInput = z.input<typeof ProjectDocument>;
type Tracks = NonNullable<DocInput['tracks']>;

/** A valid, defaults-filled document with the given tracks (and a name). */
export function sampleDoc(tracks: Partial<Tracks> = {}, captions: DocInput['captions'] = undefined): ProjectDocument {
  return ProjectDocument.parse({ schemaVersion: 1, settings: { name: 'Mug ad', fps: 30 }, tracks, ...(captions && { captions }) });
}

export const ASSET_A = 'a'.repeat(64);
export const ASSET_B = 'b'.repeat(64);

export const card = (id: string, durationMs: number, transitionIn?: { kind: 'crossfade' | 'cut'; durationMs: number }) => ({
  id,
  type: 'card' as const,
  durationMs,
  ...(transitionIn && { transitionIn }),
});
export const still = (id: string, durationMs: number) => ({ id, type: 'still' as const, media: { assetId: ASSET_A }, durationMs });
export const clip = (id: string, inMs: number, outMs: number, transitionIn?: { kind: 'crossfade'; durationMs: number }) => ({
  id,
  type: 'clip' as const,
  media: { assetId: ASSET_B },
  inMs,
  outMs,
  ...(transitionIn && { transitionIn }),
});
export const text = (id: string, startMs: number, durationMs: number) => ({ id, type: 'text' as const, text: id, startMs, durationMs });

export const REV1 = '1'.repeat(16);
export const REV2 = '2'.repeat(16);
export const REV3 = '3'.repeat(16);

export function documentState(doc: ProjectDocument, revision = REV1, id = 'p1'): DocumentStateDto {
  return {
    summary: { id, name: doc.settings.name, schemaVersion: 1, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', deletedAt: null, thumbnailAssetId: null },
    document: doc,
    revision,
  };
}
