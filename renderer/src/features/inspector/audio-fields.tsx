import type { MusicClip, VoiceoverClip } from '../../../../preload/contract/project/audio-track';
import { useAsset, type EditResult } from '../../stores';
import { percent, Section, SliderField } from './fields/basic-fields';
import { OptionalSecondsField, SecondsField } from './fields/typed-fields';
import { assetIdOf, audioTrim } from './item-changes';
import type { ItemEditor } from './item-edit';
import { MediaSummary } from './media-summary';

/** Volume, fades, start and trim: what music and voice-over share. */
export function AudioFields({ item, edit }: { item: MusicClip | VoiceoverClip; edit: ItemEditor }): React.JSX.Element {
  const sourceMs = useAsset(assetIdOf(item.media))?.durationMs ?? null;
  const trim = (change: { inMs?: number; outMs?: number | null }): EditResult => {
    const checked = audioTrim({ inMs: change.inMs ?? item.inMs, outMs: change.outMs === undefined ? (item.outMs ?? null) : change.outMs, sourceMs });
    return checked.ok ? edit.setMany('trim', checked.value) : checked;
  };
  return (
    <>
      <Section title="Sound">
        <MediaSummary media={item.media} />
        <SliderField label="Volume" value={item.volume} min={0} max={4} step={0.05} display={(v) => (v === 0 ? 'Muted' : percent(v))} onCommit={(v) => edit.set('volume', v)} />
        <div className="insp-pair">
          <SecondsField label="Fade in" value={item.fadeInMs} bounds={{ min: 0, max: 60_000 }} onCommit={(ms) => edit.set('fadeInMs', ms)} />
          <SecondsField label="Fade out" value={item.fadeOutMs} bounds={{ min: 0, max: 60_000 }} onCommit={(ms) => edit.set('fadeOutMs', ms)} />
        </div>
      </Section>
      <Section title="Timing">
        <SecondsField label="Start" value={item.startMs} bounds={{ min: 0 }} hint="Where on the timeline the sound begins." onCommit={(ms) => edit.set('startMs', ms)} />
        <div className="insp-pair">
          <SecondsField label="Trim in" value={item.inMs} bounds={{ min: 0 }} onCommit={(inMs) => trim({ inMs })} />
          <OptionalSecondsField label="Trim out" value={item.outMs ?? null} bounds={{ min: 1 }} placeholder="End of file" onCommit={(outMs) => trim({ outMs })} />
        </div>
      </Section>
    </>
  );
}
