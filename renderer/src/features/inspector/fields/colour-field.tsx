import { useId, useState } from 'react';
import type { EditResult } from '../../../stores';
import { normaliseColour, pickerValue, withPickedRgb } from '../colour';
import type { Parsed } from '../parse';
import { DraftInput } from './draft-input';

const parseColour = (text: string): Parsed<string> => {
  const colour = normaliseColour(text);
  return colour === null ? { ok: false, reason: 'enter a colour like #1a2b3c (or #1a2b3c80 with transparency)' } : { ok: true, value: colour };
};

/**
 * A colour: the system picker (named `label`) for the hue and a hex field (`label` + " hex code")
 * that also takes transparency. The picker knows no alpha, so picking keeps the alpha the
 * colour had.
 */
export function ColourField({ label, value, onCommit, disabled }: { label: string; value: string; onCommit: (colour: string) => EditResult; disabled?: boolean }): React.JSX.Element {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="field insp-field">
      <label htmlFor={id}>{label}</label>
      <div className="insp-colour-row">
        <input
          id={id}
          type="color"
          className="insp-swatch"
          value={pickerValue(value)}
          disabled={disabled}
          onChange={(e) => {
            const result = onCommit(withPickedRgb(value, e.target.value));
            setError(result.ok ? null : result.reason);
          }}
        />
        <DraftInput label={`${label} hex code`} hideLabel value={value} format={(v) => v} parse={parseColour} onCommit={onCommit} disabled={disabled} maxLength={9} />
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
