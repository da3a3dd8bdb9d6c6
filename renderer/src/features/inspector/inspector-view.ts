import type { ProjectDocument } from '../../../../preload/contract/project/document';
import { findItem, type Located } from '../../stores';

export type InspectorView =
  | { kind: 'project' }
  | { kind: 'many'; count: number; heading: string }
  | { kind: 'item'; heading: string; found: Located }
  /** The selection names an id the document no longer has (briefly, between an edit and pruning). */
  | { kind: 'missing' };

/** The heading that names what the inspector shows for an item. */
export function itemHeading(found: Pick<Located, 'track' | 'item'>): string {
  const { track, item } = found;
  if (track === 'music') return 'Music';
  if (track === 'voiceover') return 'Voice-over';
  if (track === 'captions') return 'Caption';
  if ('type' in item) {
    if (item.type === 'text') return 'Text overlay';
    if (item.type === 'image') return 'Image overlay';
    if (item.type === 'card') return 'Card';
    if (item.type === 'clip') return 'Clip';
    if (item.type === 'still') return 'Still';
  }
  return 'Item';
}

/** Nothing selected → project settings; one item → its editor; several → a count. */
export function inspectorView(doc: ProjectDocument, selectedIds: readonly string[]): InspectorView {
  if (selectedIds.length === 0) return { kind: 'project' };
  if (selectedIds.length > 1) return { kind: 'many', count: selectedIds.length, heading: `${selectedIds.length} items selected` };
  const found = findItem(doc, selectedIds[0] ?? '');
  return found === null ? { kind: 'missing' } : { kind: 'item', heading: itemHeading(found), found };
}
