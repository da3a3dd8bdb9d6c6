import type { ProjectDocument } from '../../../preload/contract/project/document';

/** Every item id in a document (video, overlays, audio, caption cues): what selection can name. */
export function documentItemIds(doc: ProjectDocument): Set<string> {
  const { video, overlay, music, voiceover } = doc.tracks;
  return new Set([...video, ...overlay, ...music, ...voiceover, ...doc.captions.cues].map((item) => item.id));
}

/** A fresh id for a new document item: a readable prefix and a random tail. */
export function newItemId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID().replace(/-/g, '').slice(0, 12)}`;
}
