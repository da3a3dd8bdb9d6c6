import type { AudioMix } from '../../../../preload/contract/project/audio-track';
import { useProjectDocument, type EditResult } from '../../stores';
import { NumberField } from './fields/typed-fields';
import { settingsEditor } from './item-edit';

const setMix = (audio: AudioMix, key: keyof AudioMix, value: number): EditResult => settingsEditor.set(`audio.${key}`, { audio: { ...audio, [key]: value } });

/** How far music drops under voice-over; project-wide (settings.audio.duckingDb). */
export function DuckingField(): React.JSX.Element | null {
  const audio = useProjectDocument()?.settings.audio;
  if (audio === undefined) return null;
  return <NumberField label="Ducking" suffix="dB" value={audio.duckingDb} bounds={{ min: 0, max: 40 }} hint="How far music drops while the voice-over speaks (whole project)." onCommit={(v) => setMix(audio, 'duckingDb', v)} />;
}

/** Loudness targets of the export mix. */
export function AudioMixFields({ audio }: { audio: AudioMix }): React.JSX.Element {
  return (
    <>
      <NumberField label="Loudness target" suffix="LUFS" value={audio.targetLufs} bounds={{ min: -36, max: -6 }} hint="Ad platforms play at about −14 LUFS." onCommit={(v) => setMix(audio, 'targetLufs', v)} />
      <NumberField label="True peak limit" suffix="dBTP" value={audio.truePeakDb} bounds={{ min: -9, max: 0 }} onCommit={(v) => setMix(audio, 'truePeakDb', v)} />
      <DuckingField />
    </>
  );
}
