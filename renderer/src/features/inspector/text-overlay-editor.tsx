import type { TextOverlay } from '../../../../preload/contract/project/overlay-track';
import { useProjectDocument } from '../../stores';
import { Section } from './fields/basic-fields';
import { TextInputField } from './fields/typed-fields';
import { itemEditor } from './item-edit';
import { OverlayTimingFields } from './overlay-timing-fields';
import { TextStyleFields } from './text-style-fields';

/** Words, style, position and time range of a text overlay. */
export function TextOverlayEditor({ item }: { item: TextOverlay }): React.JSX.Element | null {
  const doc = useProjectDocument();
  if (doc === null) return null;
  const edit = itemEditor(item.id);
  return (
    <>
      <Section title="Words">
        <TextInputField label="Text" value={item.text} multiline rows={3} maxLength={2000} required="an overlay needs some text" onCommit={(text) => edit.set('text', text)} />
      </Section>
      <TextStyleFields style={item.style} brand={doc.settings.brand} set={(style, key) => edit.setMany(`style.${key}`, { style })} pick={(style) => edit.pick('style', style)} />
      <OverlayTimingFields item={item} edit={edit} />
    </>
  );
}
