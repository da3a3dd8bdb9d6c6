import type { Transition } from '../../../../preload/contract/project/video-track';
import { TRANSITION_CHOICES } from '../../lib/transition-labels';
import { timelineActions } from '../../stores';
import { ChoiceField } from './fields/choice-fields';
import { SecondsField } from './fields/typed-fields';
import { Section } from './fields/basic-fields';
import { transitionDurationFor } from './item-changes';

/**
 * The transition from the item before into this one. setTransition cannot merge edits, so the
 * length applies on Enter or leaving the field (one undo step per change).
 */
export function TransitionFields({ itemId, transition, isFirst }: { itemId: string; transition: Transition; isFirst: boolean }): React.JSX.Element {
  if (isFirst) {
    return (
      <Section title="Transition in">
        <p className="insp-hint">The first item has no transition in: nothing plays before it.</p>
      </Section>
    );
  }
  return (
    <Section title="Transition in">
      <ChoiceField
        label="Transition"
        value={transition.kind}
        choices={TRANSITION_CHOICES}
        onChange={(kind) => timelineActions.setTransition({ itemId, kind, durationMs: transitionDurationFor(kind, transition.durationMs) })}
      />
      <SecondsField
        label="Transition length"
        value={transition.durationMs}
        bounds={{ min: transition.kind === 'cut' ? 0 : 1, max: 10_000 }}
        commitOn="blur"
        disabled={transition.kind === 'cut'}
        hint={transition.kind === 'cut' ? 'A cut has no length.' : 'Overlaps the item before by this much.'}
        onCommit={(durationMs) => timelineActions.setTransition({ itemId, kind: transition.kind, durationMs })}
      />
    </Section>
  );
}
