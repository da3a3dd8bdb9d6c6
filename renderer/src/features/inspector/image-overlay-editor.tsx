import type { ImageOverlay } from '../../../../preload/contract/project/overlay-track';
import { percent, Section, SliderField } from './fields/basic-fields';
import { itemEditor } from './item-edit';
import { MediaSummary } from './media-summary';
import { OverlayTimingFields } from './overlay-timing-fields';

/** A picture over the video (a badge, a logo): size, opacity, position and time range. */
export function ImageOverlayEditor({ item }: { item: ImageOverlay }): React.JSX.Element {
  const edit = itemEditor(item.id);
  return (
    <>
      <Section title="Image">
        <MediaSummary media={item.media} />
        <SliderField label="Scale" value={item.scale} min={0.02} max={1} step={0.01} display={(v) => `${percent(v)} of the width`} onCommit={(v) => edit.set('scale', v)} />
        <SliderField label="Opacity" value={item.opacity} min={0} max={1} step={0.01} display={percent} onCommit={(v) => edit.set('opacity', v)} />
      </Section>
      <OverlayTimingFields item={item} edit={edit} />
    </>
  );
}
