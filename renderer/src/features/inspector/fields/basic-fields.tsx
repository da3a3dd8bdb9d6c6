import { useId, useState } from 'react';
import type { EditResult } from '../../../stores';

/** A range slider over a document number, with its value shown beside it. */
export function SliderField({ label, value, min, max, step, display, onCommit, disabled }: { label: string; value: number; min: number; max: number; step: number; display: (v: number) => string; onCommit: (v: number) => EditResult; disabled?: boolean }): React.JSX.Element {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const shown = display(value);
  return (
    <div className="field insp-field">
      <label htmlFor={id}>{label}</label>
      <div className="insp-slider-row">
        <input
          id={id}
          type="range"
          className="insp-slider"
          min={min}
          max={max}
          step={step}
          value={value}
          disabled={disabled}
          aria-valuetext={shown}
          onChange={(e) => {
            const result = onCommit(Number(e.target.value));
            setError(result.ok ? null : result.reason);
          }}
        />
        <output htmlFor={id} className="insp-slider-value">
          {shown}
        </output>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export function ToggleField({ label, checked, onChange, hint, disabled }: { label: string; checked: boolean; onChange: (on: boolean) => EditResult; hint?: string; disabled?: boolean }): React.JSX.Element {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="insp-toggle">
      <label className="insp-toggle-label">
        <input
          type="checkbox"
          checked={checked}
          disabled={disabled}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(e) => {
            const result = onChange(e.target.checked);
            setError(result.ok ? null : result.reason);
          }}
        />
        <span>{label}</span>
      </label>
      {hint && (
        <p id={`${id}-hint`} className="insp-hint">
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** A titled group of fields. */
export function Section({ title, children }: { title: string; children: React.ReactNode }): React.JSX.Element {
  return (
    <div className="insp-section">
      <h3 className="insp-section-title">{title}</h3>
      {children}
    </div>
  );
}

export const percent = (v: number): string => `${Math.round(v * 100)}%`;
