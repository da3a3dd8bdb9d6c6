import { useId, useState } from 'react';
import type { Choice } from '../../../components/fields';
import type { EditResult } from '../../../stores';

function useRefusal(): [string | null, (result: EditResult) => void] {
  const [error, setError] = useState<string | null>(null);
  return [error, (result) => setError(result.ok ? null : result.reason)];
}

function Refusal({ error }: { error: string | null }): React.JSX.Element | null {
  return error ? (
    <p className="field-error" role="alert">
      {error}
    </p>
  ) : null;
}

/** A drop-down over a document value; a refused change shows its reason. */
export function ChoiceField<T extends string>({ label, value, choices, onChange, hint, disabled }: { label: string; value: T; choices: readonly Choice<T>[]; onChange: (value: T) => EditResult; hint?: string; disabled?: boolean }): React.JSX.Element {
  const id = useId();
  const [error, show] = useRefusal();
  return (
    <div className="field insp-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="input" value={value} disabled={disabled} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(e) => show(onChange(e.target.value as T))}>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      {hint && !error && (
        <p id={`${id}-hint`} className="insp-hint">
          {hint}
        </p>
      )}
      <Refusal error={error} />
    </div>
  );
}

/** A few mutually exclusive options as a row of segments (radio buttons). */
export function SegmentField<T extends string>({ label, value, choices, onChange }: { label: string; value: T; choices: readonly Choice<T>[]; onChange: (value: T) => EditResult }): React.JSX.Element {
  const name = useId();
  const [error, show] = useRefusal();
  return (
    <fieldset className="field segmented insp-field">
      <legend>{label}</legend>
      <div className="segments insp-segments">
        {choices.map((c) => (
          <label key={c.value} className={`segment${c.value === value ? ' is-selected' : ''}`}>
            <input type="radio" name={name} value={c.value} checked={c.value === value} onChange={() => show(onChange(c.value))} />
            <span className="segment-label">{c.label}</span>
          </label>
        ))}
      </div>
      <Refusal error={error} />
    </fieldset>
  );
}
