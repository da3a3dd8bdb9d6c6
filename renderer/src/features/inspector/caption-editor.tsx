import type { Caption } from '../../../../preload/contract/project/overlay-track';
import { Section } from './fields/basic-fields';
import { SecondsField, TextInputField } from './fields/typed-fields';
import { itemEditor } from './item-edit';

/** One caption cue: its words and when it shows (the captions' look is project-wide). */
export function CaptionEditor({ item }: { item: Caption }): React.JSX.Element {
  const edit = itemEditor(item.id);
  return (
    <Section title="Caption">
      <TextInputField label="Text" value={item.text} multiline rows={2} maxLength={500} required="a caption needs some text" onCommit={(text) => edit.set('text', text)} />
      <div className="insp-pair">
        <SecondsField label="Start" value={item.startMs} bounds={{ min: 0 }} onCommit={(ms) => edit.set('startMs', ms)} />
        <SecondsField label="Duration" value={item.durationMs} bounds={{ min: 1 }} onCommit={(ms) => edit.set('durationMs', ms)} />
      </div>
    </Section>
  );
}
