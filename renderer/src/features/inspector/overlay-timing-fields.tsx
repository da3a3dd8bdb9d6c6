import type { Overlay } from '../../../../preload/contract/project/overlay-track';
import { Button } from '../../components/button';
import { playhead, type EditResult } from '../../stores';
import { Section } from './fields/basic-fields';
import { PositionField } from './fields/position-field';
import { SecondsField } from './fields/typed-fields';
import type { ItemEditor } from './item-edit';

/** Position, time range and fades: what text and image overlays share. */
export function OverlayTimingFields({ item, edit }: { item: Overlay; edit: ItemEditor }): React.JSX.Element {
  const setFade = (key: 'fadeInMs' | 'fadeOutMs', ms: number): EditResult => edit.setMany(`animation.${key}`, { animation: { ...item.animation, [key]: ms } });
  return (
    <>
      <Section title="Placement">
        <PositionField value={item.position} onChange={(p) => edit.pick('position', p)} />
      </Section>
      <Section title="Timing">
        <div className="insp-pair">
          <SecondsField label="Start" value={item.startMs} bounds={{ min: 0 }} onCommit={(ms) => edit.set('startMs', ms)} />
          <SecondsField label="Duration" value={item.durationMs} bounds={{ min: 1 }} onCommit={(ms) => edit.set('durationMs', ms)} />
        </div>
        <Button size="sm" variant="ghost" className="insp-inline-button" onClick={() => edit.pick('startMs', Math.max(0, Math.round(playhead.get())))}>
          Start at playhead
        </Button>
        <div className="insp-pair">
          <SecondsField label="Fade in" value={item.animation.fadeInMs} bounds={{ min: 0, max: item.durationMs }} onCommit={(ms) => setFade('fadeInMs', ms)} />
          <SecondsField label="Fade out" value={item.animation.fadeOutMs} bounds={{ min: 0, max: item.durationMs }} onCommit={(ms) => setFade('fadeOutMs', ms)} />
        </div>
      </Section>
    </>
  );
}
