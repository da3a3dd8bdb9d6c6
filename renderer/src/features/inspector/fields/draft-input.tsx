import { useId, useState } from 'react';
import type { EditResult } from '../../../stores';
import type { Parsed } from '../parse';

export interface DraftInputProps<T> {
  label: string;
  value: T;
  format: (value: T) => string;
  parse: (text: string) => Parsed<T>;
  /** Applies the value; a refusal's reason is shown under the field. */
  onCommit: (value: T) => EditResult;
  /**
   * 'change' applies every valid keystroke (the caller merges them into one undo step);
   * 'blur' applies on Enter or leaving the field, for edits that cannot merge.
   */
  commitOn?: 'change' | 'blur';
  multiline?: boolean;
  rows?: number;
  hint?: string;
  suffix?: string;
  placeholder?: string;
  disabled?: boolean;
  maxLength?: number;
  inputMode?: 'decimal' | 'text' | 'numeric';
  /** Visible label hidden (the accessible name stays), for fields inside a labelled row. */
  hideLabel?: boolean;
}

/**
 * A text field over a document value: while focused it keeps what the person types (even when
 * it does not parse yet); otherwise it shows the document's value, so undo and other editors
 * show through at once.
 */
export function DraftInput<T>(props: DraftInputProps<T>): React.JSX.Element {
  const { label, value, format, parse, onCommit, commitOn = 'change', multiline, rows = 3, hint, suffix, placeholder, disabled, maxLength, inputMode, hideLabel } = props;
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  /** Applies `text` when it parses; gives the reason it was not applied (also shown), or null. */
  const commit = (text: string): string | null => {
    const parsed = parse(text);
    const result = parsed.ok ? onCommit(parsed.value) : parsed;
    const reason = result.ok ? null : result.reason;
    setError(reason);
    return reason;
  };
  const onChange = (text: string): void => {
    setDraft(text);
    if (commitOn === 'change') commit(text);
    else setError(null);
  };
  const onBlur = (): void => {
    const unchanged = draft === null || draft === format(value);
    const reason = unchanged ? (commitOn === 'change' ? error : null) : commit(draft);
    // What could not be applied stays in the field beside its reason (Esc takes it back);
    // clearing it here would also move the fields below under the pointer mid-click.
    if (reason === null) {
      setDraft(null);
      setError(null);
    }
  };
  const onKeyDown = (e: React.KeyboardEvent): void => {
    if (e.key === 'Enter' && !multiline) {
      e.preventDefault();
      if (commitOn === 'blur' && draft !== null) commit(draft);
    } else if (e.key === 'Escape' && draft !== null) {
      // Esc takes back what was typed (as far as it was not applied yet) and keeps focus.
      e.preventDefault();
      setDraft(format(value));
      setError(null);
    }
  };

  const shared = {
    id,
    className: 'input',
    value: draft ?? format(value),
    placeholder,
    disabled,
    maxLength,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : hint ? `${id}-hint` : undefined,
    onFocus: () => setDraft((d) => d ?? format(value)),
    onBlur,
    onKeyDown,
  };
  return (
    <div className="field insp-field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <div className={suffix ? 'insp-input-row' : undefined}>
        {multiline ? (
          <textarea {...shared} className="input insp-textarea" rows={rows} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input {...shared} type="text" inputMode={inputMode} spellCheck={inputMode === undefined || inputMode === 'text'} onChange={(e) => onChange(e.target.value)} />
        )}
        {suffix && (
          <span className="insp-suffix" aria-hidden="true">
            {suffix}
          </span>
        )}
      </div>
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : (
        hint && (
          <p id={`${id}-hint`} className="insp-hint">
            {hint}
          </p>
        )
      )}
    </div>
  );
}
