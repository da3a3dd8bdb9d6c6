import type { EditResult } from '../../../stores';
import { formatSeconds, parseNumber, parseOptionalSeconds, parseSeconds, type Bounds, type Parsed } from '../parse';
import { DraftInput } from './draft-input';

interface Common {
  label: string;
  hint?: string;
  disabled?: boolean;
  commitOn?: 'change' | 'blur';
}

const ok = <T,>(value: T): Parsed<T> => ({ ok: true, value });

/** One line (or a textarea) of text; `required` refuses an empty value with `required` as the reason. */
export function TextInputField({ value, onCommit, required, multiline, rows, maxLength, placeholder, ...common }: Common & { value: string; onCommit: (v: string) => EditResult; required?: string; multiline?: boolean; rows?: number; maxLength?: number; placeholder?: string }): React.JSX.Element {
  const parse = (text: string): Parsed<string> => (required !== undefined && text.trim() === '' ? { ok: false, reason: required } : ok(text));
  return <DraftInput {...common} value={value} format={(v) => v} parse={parse} onCommit={onCommit} multiline={multiline} rows={rows} maxLength={maxLength} placeholder={placeholder} inputMode="text" />;
}

/** A plain number within bounds, with an optional unit after it. */
export function NumberField({ value, onCommit, bounds, suffix, round, ...common }: Common & { value: number; onCommit: (v: number) => EditResult; bounds: Bounds; suffix?: string; round?: (n: number) => number }): React.JSX.Element {
  const parse = (text: string): Parsed<number> => {
    const n = parseNumber(text, bounds);
    return n.ok && round ? ok(round(n.value)) : n;
  };
  return <DraftInput {...common} value={value} format={String} parse={parse} onCommit={onCommit} suffix={suffix} inputMode="decimal" />;
}

/** A time in seconds (ms precision) stored as whole milliseconds; bounds in ms. */
export function SecondsField({ value, onCommit, bounds, ...common }: Common & { value: number; onCommit: (ms: number) => EditResult; bounds?: Bounds }): React.JSX.Element {
  return <DraftInput {...common} value={value} format={formatSeconds} parse={(t) => parseSeconds(t, bounds)} onCommit={onCommit} suffix="s" inputMode="decimal" />;
}

/** Like SecondsField, but empty means none (shown as the placeholder). */
export function OptionalSecondsField({ value, onCommit, bounds, placeholder, ...common }: Common & { value: number | null; onCommit: (ms: number | null) => EditResult; bounds?: Bounds; placeholder: string }): React.JSX.Element {
  return (
    <DraftInput
      {...common}
      value={value}
      format={(v) => (v === null ? '' : formatSeconds(v))}
      parse={(t) => parseOptionalSeconds(t, bounds)}
      onCommit={onCommit}
      suffix="s"
      placeholder={placeholder}
      inputMode="decimal"
    />
  );
}
