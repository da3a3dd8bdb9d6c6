import { useId, type InputHTMLAttributes } from 'react';

export function TextField({ label, error, ...rest }: { label: string; error?: string | null } & InputHTMLAttributes<HTMLInputElement>): React.JSX.Element {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} className="input" aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} {...rest} />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

export interface Choice<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

export function SelectField<T extends string>({ label, value, choices, onChange, hideLabel }: { label: string; value: T; choices: readonly Choice<T>[]; onChange: (value: T) => void; hideLabel?: boolean }): React.JSX.Element {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <select id={id} className="input" value={value} onChange={(e) => onChange(e.target.value as T)}>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A row of mutually exclusive options (radio buttons styled as segments). */
export function SegmentedField<T extends string>({ label, value, choices, onChange, renderIcon }: { label: string; value: T; choices: readonly Choice<T>[]; onChange: (value: T) => void; renderIcon?: (value: T) => React.ReactNode }): React.JSX.Element {
  const name = useId();
  return (
    <fieldset className="field segmented">
      <legend>{label}</legend>
      <div className="segments">
        {choices.map((c) => (
          <label key={c.value} className={`segment${c.value === value ? ' is-selected' : ''}`}>
            <input type="radio" name={name} value={c.value} checked={c.value === value} onChange={() => onChange(c.value)} />
            {renderIcon?.(c.value)}
            <span className="segment-label">{c.label}</span>
            {c.hint && <span className="segment-hint">{c.hint}</span>}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
