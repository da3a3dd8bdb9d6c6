import { useId } from 'react';
import { POSITION_PRESETS, type PositionPreset } from '../../../../../preload/contract/project/primitives';
import type { EditResult } from '../../../stores';

const NAMES: Record<PositionPreset, string> = {
  'top-left': 'Top left',
  top: 'Top',
  'top-right': 'Top right',
  left: 'Left',
  center: 'Center',
  right: 'Right',
  'bottom-left': 'Bottom left',
  bottom: 'Bottom',
  'bottom-right': 'Bottom right',
};

/** Where an overlay sits inside the safe area: a 3 × 3 grid of radio buttons in frame order. */
export function PositionField({ value, onChange }: { value: PositionPreset; onChange: (p: PositionPreset) => EditResult }): React.JSX.Element {
  const name = useId();
  return (
    <fieldset className="field insp-field">
      <legend>Position</legend>
      <div className="insp-position-grid">
        {POSITION_PRESETS.map((p) => (
          <label key={p} className={`insp-position-cell${p === value ? ' is-selected' : ''}`} title={NAMES[p]}>
            <input type="radio" name={name} value={p} checked={p === value} aria-label={NAMES[p]} onChange={() => onChange(p)} />
            <span className="insp-position-dot" aria-hidden="true" />
          </label>
        ))}
      </div>
      <p className="insp-hint">{NAMES[value]}, inside the platform safe area</p>
    </fieldset>
  );
}
