import type { ClipItem } from '../../../../preload/contract/project/video-track';
import { formatDuration } from '../../lib/format';
import { useAsset, useProjectDocument, type EditResult } from '../../stores';
import { FRAMINGS } from './card-editor';
import { percent, Section, SliderField } from './fields/basic-fields';
import { ChoiceField } from './fields/choice-fields';
import { SecondsField } from './fields/typed-fields';
import { assetIdOf, clipTrim, transitionsMs } from './item-changes';
import { itemEditor } from './item-edit';
import { MediaSummary } from './media-summary';
import { TransitionFields } from './transition-fields';

/** An imported or generated video clip: framing, trim, its own sound and the transition in. */
export function ClipEditor({ item, index }: { item: ClipItem; index: number }): React.JSX.Element {
  const edit = itemEditor(item.id);
  const sourceMs = useAsset(assetIdOf(item.media))?.durationMs ?? null;
  const minMs = transitionsMs(useProjectDocument()?.tracks.video ?? [], index);
  const trim = (change: { inMs?: number; outMs?: number }): EditResult => {
    const checked = clipTrim({ inMs: change.inMs ?? item.inMs, outMs: change.outMs ?? item.outMs, sourceMs, minMs });
    return checked.ok ? edit.setMany('trim', checked.value) : checked;
  };
  return (
    <>
      <Section title="Video">
        <MediaSummary media={item.media} />
        <ChoiceField label="Framing" value={item.framing} choices={FRAMINGS} onChange={(framing) => edit.pick('framing', framing)} />
      </Section>
      <Section title="Trim">
        <div className="insp-pair">
          <SecondsField label="Trim in" value={item.inMs} bounds={{ min: 0 }} onCommit={(inMs) => trim({ inMs })} />
          <SecondsField label="Trim out" value={item.outMs} bounds={{ min: 1 }} onCommit={(outMs) => trim({ outMs })} />
        </div>
        <p className="insp-hint">
          Plays {formatDuration(item.outMs - item.inMs)}
          {sourceMs !== null && ` of ${formatDuration(sourceMs)}`}.
        </p>
      </Section>
      <Section title="Sound">
        <SliderField label="Volume" value={item.volume} min={0} max={4} step={0.05} display={(v) => (v === 0 ? 'Muted' : percent(v))} onCommit={(v) => edit.set('volume', v)} />
      </Section>
      <TransitionFields itemId={item.id} transition={item.transitionIn} isFirst={index === 0} />
    </>
  );
}
