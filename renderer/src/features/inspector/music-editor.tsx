import type { MusicClip } from '../../../../preload/contract/project/audio-track';
import { AudioFields } from './audio-fields';
import { DuckingField } from './audio-mix-fields';
import { Section, ToggleField } from './fields/basic-fields';
import { itemEditor } from './item-edit';

/** Background music: level, fades, looping and ducking under the voice-over. */
export function MusicEditor({ item }: { item: MusicClip }): React.JSX.Element {
  const edit = itemEditor(item.id);
  return (
    <>
      <AudioFields item={item} edit={edit} />
      <Section title="Mix">
        <ToggleField label="Loop" checked={item.loop} hint="Repeats to fill the rest of the video." onChange={(on) => edit.pick('loop', on)} />
        <ToggleField label="Duck under voice-over" checked={item.duckUnderVoice} onChange={(on) => edit.pick('duckUnderVoice', on)} />
        <DuckingField />
      </Section>
    </>
  );
}
