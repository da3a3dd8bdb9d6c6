import { CAMERA_MOVES, type CameraMove } from '../../../../preload/contract/project/primitives';
import type { Motion, StillItem } from '../../../../preload/contract/project/video-track';
import { useProjectDocument } from '../../stores';
import { FRAMINGS } from './card-editor';
import { percent, Section, SliderField } from './fields/basic-fields';
import { ChoiceField } from './fields/choice-fields';
import { SecondsField } from './fields/typed-fields';
import { transitionsMs } from './item-changes';
import { itemEditor } from './item-edit';
import { MediaSummary } from './media-summary';
import { TransitionFields } from './transition-fields';

const MOVE_NAMES: Record<CameraMove, string> = {
  none: 'None (hold)',
  'zoom-in': 'Zoom in',
  'zoom-out': 'Zoom out',
  'pan-left': 'Pan left',
  'pan-right': 'Pan right',
  'pan-up': 'Pan up',
  'pan-down': 'Pan down',
  'push-in': 'Push in',
};
const MOVES = CAMERA_MOVES.map((m) => ({ value: m, label: MOVE_NAMES[m] }));
const EASINGS = [
  { value: 'ease-in-out', label: 'Ease in and out' },
  { value: 'linear', label: 'Linear' },
] as const;

/** A product photo shown with a draft-motion camera move. */
export function StillEditor({ item, index }: { item: StillItem; index: number }): React.JSX.Element {
  const edit = itemEditor(item.id);
  const minMs = Math.max(100, transitionsMs(useProjectDocument()?.tracks.video ?? [], index));
  const motion = (change: Partial<Motion>): Motion => ({ ...item.motion, ...change });
  return (
    <>
      <Section title="Picture">
        <MediaSummary media={item.media} />
        <SecondsField label="Duration" value={item.durationMs} bounds={{ min: minMs, max: 600_000 }} onCommit={(ms) => edit.set('durationMs', ms)} />
        <ChoiceField label="Framing" value={item.framing} choices={FRAMINGS} onChange={(framing) => edit.pick('framing', framing)} />
      </Section>
      <Section title="Camera move">
        <ChoiceField label="Camera move" value={item.motion.move} choices={MOVES} onChange={(move) => edit.pick('motion', motion({ move }))} />
        <SliderField
          label="Intensity"
          value={item.motion.intensity}
          min={0}
          max={1}
          step={0.05}
          display={percent}
          disabled={item.motion.move === 'none'}
          onCommit={(intensity) => edit.setMany('motion.intensity', { motion: motion({ intensity }) })}
        />
        <ChoiceField label="Easing" value={item.motion.easing} choices={EASINGS} disabled={item.motion.move === 'none'} onChange={(easing) => edit.pick('motion', motion({ easing }))} />
      </Section>
      <TransitionFields itemId={item.id} transition={item.transitionIn} isFirst={index === 0} />
    </>
  );
}
