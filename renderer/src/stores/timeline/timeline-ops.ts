import type { PatchOp } from '../../../../preload/contract/document/patch-ops';
import type { ProjectDocument } from '../../../../preload/contract/project/document';

/** What an edit builder answers: the ops and the undo label, or why the edit cannot be made. */
export type OpsResult = { ok: true; label: string; ops: PatchOp[] } | { ok: false; reason: string };

export const refuse = (reason: string): OpsResult => ({ ok: false, reason });

/** No part of a split or trim may be shorter than this. */
export const MIN_PART_MS = 100;

export type TrackName = 'video' | 'overlay' | 'music' | 'voiceover' | 'captions';

type Item = ProjectDocument['tracks']['video'][number] | ProjectDocument['tracks']['overlay'][number] | ProjectDocument['tracks']['music'][number] | ProjectDocument['tracks']['voiceover'][number] | ProjectDocument['captions']['cues'][number];

export interface Located {
  track: TrackName;
  index: number;
  item: Item;
  /** JSON pointer of the item ("/tracks/video/2"). */
  pointer: string;
}

const LISTS: [TrackName, string, (d: ProjectDocument) => readonly Item[]][] = [
  ['video', '/tracks/video', (d) => d.tracks.video],
  ['overlay', '/tracks/overlay', (d) => d.tracks.overlay],
  ['music', '/tracks/music', (d) => d.tracks.music],
  ['voiceover', '/tracks/voiceover', (d) => d.tracks.voiceover],
  ['captions', '/captions/cues', (d) => d.captions.cues],
];

/** Where an item lives in the document, by id (ids are unique document-wide). */
export function locate(doc: ProjectDocument, id: string): Located | null {
  for (const [track, base, list] of LISTS) {
    const index = list(doc).findIndex((item) => item.id === id);
    const item = list(doc)[index];
    if (item !== undefined) return { track, index, item, pointer: `${base}/${index}` };
  }
  return null;
}

/** Every item with a startMs on the timeline (overlays, audio, caption cues), with its pointer. */
export function timedItems(doc: ProjectDocument): { id: string; startMs: number; pointer: string }[] {
  return LISTS.filter(([track]) => track !== 'video').flatMap(([, base, list]) =>
    list(doc).map((item, index) => ({ id: item.id, startMs: (item as { startMs: number }).startMs, pointer: `${base}/${index}` })),
  );
}

/** Remove ops for items, by descending index per list, so earlier removals do not shift later pointers. */
export function removeOps(located: readonly Located[]): PatchOp[] {
  return [...located]
    .sort((a, b) => (a.track === b.track ? b.index - a.index : a.track.localeCompare(b.track)))
    .map((l) => ({ op: 'remove', path: l.pointer }));
}

export const plural = (n: number, one: string, many: string): string => (n === 1 ? one : `${n} ${many}`);
