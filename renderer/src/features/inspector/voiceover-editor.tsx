import type { VoiceoverClip } from '../../../../preload/contract/project/audio-track';
import { AudioFields } from './audio-fields';
import { itemEditor } from './item-edit';
import { VoiceoverGenerator } from './voiceover-generator';

/** A voice-over: level, fades, start and trim, and the script to speak it again from. */
export function VoiceoverEditor({ item }: { item: VoiceoverClip }): React.JSX.Element {
  return (
    <>
      <AudioFields item={item} edit={itemEditor(item.id)} />
      <VoiceoverGenerator title="Text to speech" replaceItemId={item.id} initialScript={item.script ?? ''} />
    </>
  );
}
